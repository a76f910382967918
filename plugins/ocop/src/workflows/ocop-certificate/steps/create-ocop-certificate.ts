import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OcopLevel, OcopProductGroup } from "../../../lib/ocop-rules"
import { newPublicCode } from "../../../lib/public-code"
import { OCOP_MODULE, type OcopModuleService } from "../../../modules/ocop"

export type NewOcopCertificate = {
  stars: number
  product_group: OcopProductGroup
  decision_number: string
  issuing_authority: string
  level: OcopLevel
  decision_date: string
  expires_on: string
  scan_file_id: string
  scan_url: string
  scan_mime_type: string
}

/** Creates a submitted certificate under a new public code; compensation deletes it. */
export const createOcopCertificateStep = createStep(
  "create-ocop-certificate",
  async (input: NewOcopCertificate, { container }) => {
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    const certificate = await service.createOcopCertificates({
      ...input,
      code: newPublicCode(),
      status: "submitted",
      status_changed_at: new Date(),
    })
    return new StepResponse(certificate, certificate.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).deleteOcopCertificates(id)
  }
)
