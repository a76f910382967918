import type { IPaymentModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Medusa's system provider: the payment method the shop offers as cash on delivery. */
export const CASH_ON_DELIVERY_PROVIDER = "pp_system_default"

type Order = {
  id: string
  total: number
  metadata?: Record<string, unknown> | null
  order_group?: { payment_collection?: { payments?: { id: string; provider_id: string; captures?: { id: string }[] }[] } }
}

/**
 * Cash on delivery: the group's payment was authorized at checkout for every seller together;
 * the seller saying the cash is in hand captures this seller's order total from it, once.
 * Payments taken online (VNPay) were captured when paid and are left alone. A capture cannot be
 * undone in Medusa, so this runs last in its workflow.
 */
export const captureCashOnDeliveryStep = createStep("capture-cash-on-delivery", async (input: { order_id: string; member_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "metadata",
      "order_group.payment_collection.payments.id",
      "order_group.payment_collection.payments.provider_id",
      "order_group.payment_collection.payments.captures.id",
    ],
    filters: { id: input.order_id },
  })) as unknown as { data: Order[] }
  const payment = order?.order_group?.payment_collection?.payments?.find((p) => p.provider_id === CASH_ON_DELIVERY_PROVIDER)
  if (!payment || order.metadata?.cash_capture_id) return new StepResponse(null)
  const before = new Set((payment.captures ?? []).map((c) => c.id))
  const captured = await container
    .resolve<IPaymentModuleService>(Modules.PAYMENT)
    .capturePayment({ payment_id: payment.id, amount: order.total, captured_by: input.member_id })
  const capture = (captured.captures ?? []).find((c) => !before.has(c.id))
  return new StepResponse({ cash_capture_id: capture?.id ?? null, cash_collected_at: new Date().toISOString(), cash_amount: Number(order.total) })
})
