import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STATISTICS_MODULE, type StatisticsModuleService } from "../../modules/statistics"

export type CertifiedCountInput = { province: string; year: number; certified_count: number; source?: string | null }
type Previous = { id: string; created: boolean; before?: CertifiedCountInput }

/** Records a province's certified count for a year, replacing the figure entered before. */
export const upsertOcopCertifiedCountStep = createStep(
  "upsert-ocop-certified-count",
  async (input: CertifiedCountInput, { container }) => {
    const service = container.resolve<StatisticsModuleService>(STATISTICS_MODULE)
    const [existing] = await service.listOcopCertifiedCounts({ province: input.province, year: input.year })
    const data = { ...input, source: input.source ?? null }
    if (!existing) {
      const created = await service.createOcopCertifiedCounts(data)
      return new StepResponse(created, { id: created.id, created: true } as Previous)
    }
    const updated = await service.updateOcopCertifiedCounts({ id: existing.id, ...data })
    const before = { province: existing.province, year: existing.year, certified_count: existing.certified_count, source: existing.source }
    return new StepResponse(updated, { id: existing.id, created: false, before } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<StatisticsModuleService>(STATISTICS_MODULE)
    if (previous.created) await service.deleteOcopCertifiedCounts(previous.id)
    else await service.updateOcopCertifiedCounts({ id: previous.id, ...previous.before })
  },
)
