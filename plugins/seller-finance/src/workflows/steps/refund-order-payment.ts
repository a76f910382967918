import type { IOrderModuleService, IPaymentModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { CASH_ON_DELIVERY_PROVIDER } from "@nongsan/farmer-household/workflows/seller-order/steps/capture-cash-on-delivery"
import {
  loadOrderWithGroupPayments,
  PARTIAL_REFUNDS_KEY,
  partiallyRefunded,
  sumAmounts,
} from "@nongsan/farmer-household/workflows/seller-order/steps/order-group-payments"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../modules/seller-finance"

type Input = { order_id: string; amount: number; note: string; user_id: string }

/**
 * Gives part of a seller order's online payment back to the buyer, through the group payment's
 * provider (VNPay's refund API; for a bank transfer Medusa records it and the operator pays it
 * from the bank). Never more than the order has left after earlier refunds, never from cash on
 * delivery. A refund cannot be undone, so its workflow runs this last but for the booking.
 */
export const refundOrderPaymentStep = createStep("refund-seller-order-payment", async (input: Input, { container }) => {
  const { total, metadata, payments } = await loadOrderWithGroupPayments(container, input.order_id)
  const refunded = await container
    .resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
    .listLedgerEntries({ order_id: input.order_id, kind: "refund" }, { select: ["amount"], take: null })
  const left = total + refunded.reduce((n, e) => n + Number(e.amount), 0)
  const payment = payments.find((p) => p.provider_id !== CASH_ON_DELIVERY_PROVIDER && sumAmounts(p.captures) - sumAmounts(p.refunds) >= input.amount)
  if (input.amount > left) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      bilingual(`Số tiền hoàn vượt quá số còn lại của đơn (${left} ₫)`, `The refund is more than the order has left (${left} ₫)`),
    )
  }
  if (metadata.refund_amount || !payment) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      bilingual("Đơn hàng không có khoản thanh toán trực tuyến để hoàn tiền", "The order has no online payment left to refund"),
    )
  }
  const paymentModule = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  const refundIds = async () => (await paymentModule.listRefunds({ payment_id: payment.id }, { select: ["id"] })).map((r) => r.id)
  const before = new Set(await refundIds())
  // Recorded on the order first, so that a later cancellation (farmer-household's refund step)
  // refunds only the rest; taken back if the refund itself fails.
  const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
  await orders.updateOrders([{ id: input.order_id, metadata: { ...metadata, [PARTIAL_REFUNDS_KEY]: partiallyRefunded(metadata) + input.amount } }])
  try {
    await paymentModule.refundPayment({ payment_id: payment.id, amount: input.amount, created_by: input.user_id, note: input.note })
  } catch (error) {
    await orders.updateOrders([{ id: input.order_id, metadata }])
    throw error
  }
  // The order's lock (its workflow) keeps other refunds of this order out meanwhile.
  const refund_id = (await refundIds()).find((id) => !before.has(id))!
  return new StepResponse({ refund_id, amount: input.amount, note: input.note })
})
