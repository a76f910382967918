import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderWithGroupPayments, sumAmounts } from "./order-group-payments"

/**
 * A cancelled seller order whose money the buyer already paid online gives that seller's part
 * back through the payment's provider (VNPay's refund API; for a bank transfer Medusa records the
 * refund the operator then makes from the bank). Cash on delivery was never captured: nothing to
 * give back. Refunds cannot be undone, so this runs last in its workflow.
 */
export const refundCancelledOrderStep = createStep("refund-cancelled-order", async (input: { order_id: string; member_id: string; reason: string }, { container }) => {
  const { total, payments } = await loadOrderWithGroupPayments(container, input.order_id)
  const payment = payments.find((p) => sumAmounts(p.captures) - sumAmounts(p.refunds) >= total)
  if (!payment || !total) return new StepResponse(null)
  const refunded = await container.resolve<IPaymentModuleService>(Modules.PAYMENT).refundPayment({
    payment_id: payment.id,
    amount: total,
    created_by: input.member_id,
    note: input.reason,
  })
  return new StepResponse({ refund_amount: total, refund_payment_id: refunded.id, refunded_at: new Date().toISOString() })
})
