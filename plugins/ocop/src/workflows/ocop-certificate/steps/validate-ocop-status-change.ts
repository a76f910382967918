import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { vietnamToday } from "../../../lib/calendar-date"
import { ocopError } from "../../../lib/ocop-error"
import type { OcopStatus } from "../../../lib/ocop-rules"
import { loadOcopCertificate } from "../load-ocop-certificate"

export type OcopStatusAction = "verify" | "reject" | "revoke" | "expire"

/** Which status each action starts from, where it leads, and whether it needs a reason. */
const OCOP_TRANSITIONS: Record<OcopStatusAction, { from: OcopStatus[]; to: OcopStatus; needsReason: boolean }> = {
  verify: { from: ["submitted"], to: "verified", needsReason: false },
  reject: { from: ["submitted"], to: "rejected", needsReason: true },
  revoke: { from: ["verified"], to: "revoked", needsReason: true },
  expire: { from: ["verified"], to: "expired", needsReason: false },
}

export type ValidateOcopStatusChangeInput = { id: string; action: OcopStatusAction; reason?: string | null }

/** Checks that the action applies to the certificate as it is now; only reads. */
export const validateOcopStatusChangeStep = createStep(
  "validate-ocop-status-change",
  async (input: ValidateOcopStatusChangeInput, { container }) => {
    const cert = await loadOcopCertificate(container, input.id)
    const transition = OCOP_TRANSITIONS[input.action]
    if (!transition.from.includes(cert.status as OcopStatus)) {
      throw ocopError(
        "NOT_ALLOWED",
        `Không thể thực hiện "${input.action}" khi chứng nhận đang ở trạng thái "${cert.status}"`,
        `Cannot ${input.action} a certificate whose status is "${cert.status}"`
      )
    }
    if (input.action === "expire" && cert.expires_on >= vietnamToday()) {
      throw ocopError("NOT_ALLOWED", "Chứng nhận chưa đến ngày hết hạn", "The certificate has not reached its expiry date")
    }
    const reason = input.reason?.trim() || null
    if (transition.needsReason && !reason) {
      throw ocopError("INVALID_DATA", "Vui lòng ghi lý do", "A reason is required")
    }
    return new StepResponse({
      certificate: cert,
      update: { id: cert.id, status: transition.to, status_reason: transition.needsReason ? reason : null, status_changed_at: new Date() },
    })
  }
)
