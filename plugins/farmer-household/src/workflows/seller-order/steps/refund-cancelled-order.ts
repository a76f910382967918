import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CASH_ON_DELIVERY_PROVIDER } from "./capture-cash-on-delivery"
import { loadOrderWithGroupPayments, partiallyRefunded, sumAmounts } from "./order-group-payments"

/**
 * A cancelled seller order whose money the buyer already paid online gives that seller's part
 * back through the payment's provider (VNPay's refund API; for a bank transfer Medusa records the
 * refund the operator then makes from the bank). Cash on delivery is left out: what was captured
 * there is other sellers' cash in hand, and this seller's part was never collected. What partial
 * refunds already gave back is not refunded again. Once per order (its metadata keeps the refund);
 * refunds cannot be undone, so this runs last in its workflow.
 */
export const refundCancelledOrderStep = createStep("refund-cancelled-order", async (input: { order_id: string; member_id: string; reason: string }, { container }) => {
  const { total, metadata, payments } = await loadOrderWithGroupPayments(container, input.order_id)
  const owed = total - partiallyRefunded(metadata)
  if (owed <= 0 || metadata.refund_payment_id) return new StepResponse(null)
  const payment = payments.find((p) => p.provider_id !== CASH_ON_DELIVERY_PROVIDER && sumAmounts(p.captures) - sumAmounts(p.refunds) >= owed)
  if (!payment) return new StepResponse(null)
  const refunded = await container.resolve<IPaymentModuleService>(Modules.PAYMENT).refundPayment({
    payment_id: payment.id,
    amount: owed,
    created_by: input.member_id,
    note: input.reason,
  })
  return new StepResponse({ refund_amount: owed, refund_payment_id: refunded.id, refunded_at: new Date().toISOString() })
})
