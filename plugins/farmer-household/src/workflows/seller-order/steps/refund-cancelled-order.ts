import type { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Payment = { id: string; provider_id: string; captures?: { amount: number }[]; refunds?: { amount: number }[] }

/**
 * A cancelled seller order whose money the buyer already paid online gives that seller's part
 * back through the payment's provider (VNPay's refund API; for a bank transfer Medusa records the
 * refund the operator then makes from the bank). Cash on delivery was never captured: nothing to
 * give back. Refunds cannot be undone, so this runs last in its workflow.
 */
export const refundCancelledOrderStep = createStep("refund-cancelled-order", async (input: { order_id: string; member_id: string; reason: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "order_group.payment_collection.payments.id",
      "order_group.payment_collection.payments.provider_id",
      "order_group.payment_collection.payments.captures.amount",
      "order_group.payment_collection.payments.refunds.amount",
    ],
    filters: { id: input.order_id },
  })) as unknown as { data: { id: string; total: number; order_group?: { payment_collection?: { payments?: Payment[] } } }[] }
  const sum = (rows?: { amount: number }[]) => (rows ?? []).reduce((total, r) => total + Number(r.amount), 0)
  const payment = order?.order_group?.payment_collection?.payments?.find((p) => sum(p.captures) - sum(p.refunds) >= Number(order.total))
  if (!payment || !Number(order.total)) return new StepResponse(null)
  const refunded = await container.resolve<IPaymentModuleService>(Modules.PAYMENT).refundPayment({
    payment_id: payment.id,
    amount: order.total,
    created_by: input.member_id,
    note: input.reason,
  })
  return new StepResponse({ refund_amount: Number(order.total), refund_payment_id: refunded.id, refunded_at: new Date().toISOString() })
})
