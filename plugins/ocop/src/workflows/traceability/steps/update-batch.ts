import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertPackedAfterHarvest, dateOfDay } from "../../../lib/batch-dates"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "../../../modules/traceability"
import type { BatchFields } from "../../../api/seller/batches/validators"

/** Changes a batch's fields (never its code or product); compensation puts the old values back. */
export const updateBatchStep = createStep(
  "update-batch",
  async (input: { id: string; update: Partial<BatchFields> }, { container }) => {
    const service = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    const before = await service.retrieveBatch(input.id)
    const { harvest_date, packing_date, ...rest } = input.update
    const dates = {
      ...(harvest_date ? { harvest_date: dateOfDay(harvest_date) } : {}),
      ...(packing_date !== undefined ? { packing_date: packing_date ? dateOfDay(packing_date) : null } : {}),
    }
    assertPackedAfterHarvest(dates.harvest_date ?? before.harvest_date, "packing_date" in dates ? dates.packing_date : before.packing_date)
    const batch = await service.updateBatches({ id: input.id, ...rest, ...dates })
    const { scan_count: _counted, created_at: _c, updated_at: _u, deleted_at: _d, ...previous } = before
    return new StepResponse(batch, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).updateBatches(previous)
  }
)
