import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type OcopModuleService } from "../../../modules/ocop"

export type OcopCertificateUpdate = { id: string } & Record<string, unknown>

/** Updates a certificate; compensation writes back the fields it changed. */
export const updateOcopCertificateStep = createStep(
  "update-ocop-certificate",
  async (update: OcopCertificateUpdate, { container }) => {
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    const before = await service.retrieveOcopCertificate(update.id, { select: Object.keys(update) as any })
    const updated = await service.updateOcopCertificates(update as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).updateOcopCertificates(before as any)
  }
)
