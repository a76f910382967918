import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { STALL_LEDGER_ENTRY_CREATED } from "../../market/events"
import { createLedgerEntryStep } from "../../market/steps/create-ledger-entry"
import { findTransferMemo } from "../../../lib/bank-transfer/memo"
import { createBankNotificationStep } from "../steps/create-bank-notification"
import { attachNotificationStep } from "../steps/attach-notification"
import { confirmTransferStep } from "../steps/confirm-transfer"
import { decideBankNotificationStep, type IncomingBankNotification } from "../steps/decide-bank-notification"

/**
 * One credit from the bank-notification service, recorded exactly once: under a lock on its
 * memo (or its own id when it has none), a repeat of the same notification changes nothing,
 * and a match confirms the checkout's transfer or books the payment in its market stall's ledger
 * (the ledger's unique source id is the second guard against booking it twice). Completing the
 * cart is the caller's next step, so that a failure there cannot lose the record of the money.
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
    when("confirm-matched-transfer", { decision }, ({ decision }) => !decision.duplicate && !decision.confirmed_earlier && decision.transfer_request_id !== null && decision.status === "matched").then(() => {
      confirmTransferStep(
        transform({ decision, recorded }, ({ decision, recorded }) => ({
          transfer_request_id: decision.transfer_request_id!,
          session: decision.session!,
          by: "bank" as const,
          notification_id: recorded?.id ?? null,
        })),
      )
    })
    when("attach-to-confirmed-transfer", { decision }, ({ decision }) => !decision.duplicate && decision.confirmed_earlier).then(() => {
      attachNotificationStep(
        transform({ decision, recorded }, ({ decision, recorded }) => ({ transfer_request_id: decision.transfer_request_id!, notification_id: recorded!.id })),
      )
    })
    when("book-stall-payment", { decision }, ({ decision }) => !decision.duplicate && decision.stall_id !== null).then(() => {
      const entry = createLedgerEntryStep(
        transform({ decision, recorded, input }, ({ decision, recorded, input }) => ({
          stall_id: decision.stall_id!,
          kind: "payment" as const,
          amount: input.notification.amount,
          description: input.notification.description,
          source_id: recorded!.id,
          sale_code: decision.sale_code,
          occurred_at: input.notification.occurred_at,
        })),
      )
      emitEventStep({ eventName: STALL_LEDGER_ENTRY_CREATED, data: transform({ entry }, ({ entry }) => ({ id: entry.id, stall_id: entry.stall_id })) })
    })
    releaseLockStep({ key })
    return new WorkflowResponse(
      transform({ decision }, ({ decision }) => ({
        status: decision.status,
        duplicate: decision.duplicate,
        reason: decision.reason,
        stall_id: decision.stall_id,
        payment_collection_id: decision.status === "matched" && !decision.duplicate && !decision.confirmed_earlier ? (decision.session?.payment_collection_id ?? null) : null,
      })),
    )
  },
)
