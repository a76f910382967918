import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createBankNotificationStep } from "@nongsan/cho-qr/workflows/bank-transfer/steps/create-bank-notification"
import { STALL_LEDGER_ENTRY_CREATED } from "@nongsan/cho-qr/workflows/market/events"
import { createLedgerEntryStep } from "@nongsan/cho-qr/workflows/market/steps/create-ledger-entry"
import { decideStallVnpayIpnStep } from "../steps/decide-stall-vnpay-ipn"

/**
 * Handles one VNPay IPN for a market stall's VNPAY-QR sale, under a lock per terminal and sale,
 * so duplicate and concurrent deliveries queue and find the first one's booking (02). A paid
 * sale is booked once in its stall's ledger (the ledger's unique source id guards it too) and
 * pushed to the vendor's screen through the same event as a bank transfer; a signed payment
 * that matches no sale goes to the operator's queue with the bank notifications.
 */
export const confirmStallVnpayIpnWorkflow = createWorkflow("confirm-stall-vnpay-ipn", (input: { query: Record<string, unknown> }) => {
  const key = transform({ input }, ({ input }) => `vnpay-market-ipn:${String(input.query.vnp_TmnCode ?? "")}:${String(input.query.vnp_TxnRef ?? "")}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const plan = decideStallVnpayIpnStep(input.query)
  when("book-stall-vnpay-payment", { plan }, ({ plan }) => plan.booking !== null).then(() => {
    const entry = createLedgerEntryStep(transform({ plan }, ({ plan }) => plan.booking!))
    emitEventStep({ eventName: STALL_LEDGER_ENTRY_CREATED, data: transform({ entry }, ({ entry }) => ({ id: entry.id, stall_id: entry.stall_id })) })
  })
  when("queue-unmatched-vnpay-payment", { plan }, ({ plan }) => plan.unmatched !== null).then(() => {
    createBankNotificationStep(
      transform({ plan }, ({ plan }) => {
        const { reason, ...notification } = plan.unmatched!
        return {
          notification,
          decision: { duplicate: false, confirmed_earlier: false, status: "unmatched" as const, reason, memo: null, transfer_request_id: null, session: null, stall_id: null, sale_code: null },
        }
      }),
    )
  })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ plan }, ({ plan }) => plan.response))
})
