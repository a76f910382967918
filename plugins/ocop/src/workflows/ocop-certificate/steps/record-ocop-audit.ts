import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type OcopModuleService } from "../../../modules/ocop"
import type { OcopAction, OcopActorType } from "../../../modules/ocop/models/ocop-certificate-audit"

export type OcopActor = { type: OcopActorType; id: string | null }

export type OcopAuditInput = {
  certificate_id: string
  actor: OcopActor
  action: OcopAction
  from_status: string | null
  to_status: string
  reason?: string | null
  /** Changed fields as {field: [before, after]}. */
  changes?: Record<string, [unknown, unknown]> | null
}

/** Adds an entry to a certificate's audit trail; compensation removes it. */
export const recordOcopAuditStep = createStep(
  "record-ocop-audit",
  async (input: OcopAuditInput, { container }) => {
    const service = container.resolve<OcopModuleService>(OCOP_MODULE)
    const entry = await service.createOcopCertificateAudits({
      certificate_id: input.certificate_id,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      action: input.action,
      from_status: input.from_status as any,
      to_status: input.to_status as any,
      reason: input.reason ?? null,
      changes: input.changes ?? null,
    })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).deleteOcopCertificateAudits(id)
  }
)
