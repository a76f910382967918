import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderWithGroupPayments } from "./order-group-payments"

/** Medusa's system provider: the payment method the shop offers as cash on delivery. */
export const CASH_ON_DELIVERY_PROVIDER = "pp_system_default"

/**
 * Cash on delivery: the group's payment was authorized at checkout for every seller together;
 * the seller saying the cash is in hand captures this seller's order total from it, once.
 * Payments taken online (VNPay) were captured when paid and are left alone. A capture cannot be
 * undone in Medusa, so this runs last in its workflow.
 */
export const captureCashOnDeliveryStep = createStep("capture-cash-on-delivery", async (input: { order_id: string; member_id: string }, { container }) => {
  const { total, metadata, payments } = await loadOrderWithGroupPayments(container, input.order_id)
  const payment = payments.find((p) => p.provider_id === CASH_ON_DELIVERY_PROVIDER)
  if (!payment || metadata.cash_capture_id) return new StepResponse(null)
  const before = new Set(payment.captures.map((c) => c.id))
  const captured = await container
    .resolve<IPaymentModuleService>(Modules.PAYMENT)
    .capturePayment({ payment_id: payment.id, amount: total, captured_by: input.member_id })
  const capture = (captured.captures ?? []).find((c) => !before.has(c.id))
  return new StepResponse({ cash_capture_id: capture?.id ?? null, cash_collected_at: new Date().toISOString(), cash_amount: total })
})
