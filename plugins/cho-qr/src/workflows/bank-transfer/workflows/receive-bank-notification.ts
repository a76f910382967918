import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findTransferMemo } from "../../../lib/bank-transfer/memo"
import { createBankNotificationStep } from "../steps/create-bank-notification"
import { confirmTransferStep } from "../steps/confirm-transfer"
import { decideBankNotificationStep, type IncomingBankNotification } from "../steps/decide-bank-notification"

/**
 * One credit from the bank-notification service, recorded exactly once: under a lock on its
 * memo (or its own id when it has none), a repeat of the same notification changes nothing,
 * and a match confirms the checkout's transfer. Completing the cart is the caller's next step,
 * so that a failure there cannot lose the record of the money.
 */
export const receiveBankNotificationWorkflow = createWorkflow(
  "receive-bank-notification",
  (input: { notification: IncomingBankNotification }) => {
    const key = transform({ input }, ({ input }) => `bank-transfer:${findTransferMemo(input.notification.description) ?? input.notification.external_id}`)
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    const decision = decideBankNotificationStep(input.notification)
    const recorded = when("record-bank-notification", { decision }, ({ decision }) => !decision.duplicate).then(() =>
      createBankNotificationStep({ notification: input.notification, decision }),
    )
    when("confirm-matched-transfer", { decision }, ({ decision }) => !decision.duplicate && !decision.confirmed_earlier && decision.status === "matched").then(() => {
      confirmTransferStep(
        transform({ decision, recorded }, ({ decision, recorded }) => ({
          transfer_request_id: decision.transfer_request_id!,
          session: decision.session!,
          by: "bank" as const,
          notification_id: recorded?.id ?? null,
        })),
      )
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ decision }, ({ decision }) => ({
        status: decision.status,
        duplicate: decision.duplicate,
        reason: decision.reason,
        payment_collection_id: decision.status === "matched" && !decision.duplicate && !decision.confirmed_earlier ? decision.session!.payment_collection_id : null,
      })),
    )
  },
)
