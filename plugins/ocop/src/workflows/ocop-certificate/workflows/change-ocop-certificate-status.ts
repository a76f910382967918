import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OcopCertificateEvents, type OcopCertificateEventData } from "../events"
import { recordOcopAuditStep, type OcopActor } from "../steps/record-ocop-audit"
import { updateOcopCertificateStep } from "../steps/update-ocop-certificate"
import { validateOcopStatusChangeStep, type OcopStatusAction } from "../steps/validate-ocop-status-change"

export type ChangeOcopCertificateStatusInput = {
  id: string
  action: OcopStatusAction
  /** Required to reject and to revoke; shown to the seller. */
  reason?: string | null
  actor: OcopActor
}

const EVENT_OF: Record<OcopStatusAction, string> = {
  verify: OcopCertificateEvents.VERIFIED,
  reject: OcopCertificateEvents.REJECTED,
  revoke: OcopCertificateEvents.REVOKED,
  expire: OcopCertificateEvents.EXPIRED,
}

/**
 * The operator verifies, rejects (with a reason) or revokes (with a reason) a certificate; the
 * expiry job expires one past its date. Each change is written to the audit trail and emitted.
 */
export const changeOcopCertificateStatusWorkflow = createWorkflow(
  "change-ocop-certificate-status",
  (input: ChangeOcopCertificateStatusInput) => {
    const checked = validateOcopStatusChangeStep(input)
    const certificate = updateOcopCertificateStep(transform({ checked }, ({ checked }) => checked.update))
    recordOcopAuditStep(
      transform({ input, checked }, ({ input, checked }) => ({
        certificate_id: checked.certificate.id,
        actor: input.actor,
        action: input.action,
        from_status: checked.certificate.status,
        to_status: checked.update.status,
        reason: checked.update.status_reason,
      }))
    )
    emitEventStep(
      transform({ input, checked }, ({ input, checked }) => ({
        eventName: EVENT_OF[input.action],
        data: {
          id: checked.certificate.id,
          code: checked.certificate.code,
          status: checked.update.status,
          seller_id: checked.certificate.seller_id,
          product_ids: checked.certificate.product_ids,
        } satisfies OcopCertificateEventData,
      }))
    )
    return new WorkflowResponse(certificate)
  }
)
