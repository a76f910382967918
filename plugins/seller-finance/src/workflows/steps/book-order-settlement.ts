import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CASH_ON_DELIVERY_PROVIDER } from "@nongsan/farmer-household/workflows/seller-order/steps/capture-cash-on-delivery"
import { loadOrderWithGroupPayments, sumAmounts } from "@nongsan/farmer-household/workflows/seller-order/steps/order-group-payments"
import { loadOrderCharges } from "../../lib/order-charges"
import { refundEntries, settlementEntries } from "../../lib/order-entries"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../modules/seller-finance"
import type { NewLedgerEntry } from "../../modules/seller-finance/service"

/**
 * Books what has happened to a seller order's money, reading it from the order and its group's
 * payment, not from the event that woke us: an online payment captured for the group, cash the
 * seller collected on delivery (farmer-household's deliver workflow keeps `cash_amount` on the
 * order), a cancellation's refund (`refund_amount`). Every entry is keyed by its fact, so running
 * this again, for any event, books only what is new.
 */
export const bookOrderSettlementStep = createStep("book-order-settlement", async (input: { order_id: string }, { container }) => {
  const charges = await loadOrderCharges(container, input.order_id)
  if (!charges) return new StepResponse([])
  const { metadata, payments } = await loadOrderWithGroupPayments(container, input.order_id)
  const now = new Date()
  const entries: NewLedgerEntry[] = []
  const paidOnline = payments.some((p) => p.provider_id !== CASH_ON_DELIVERY_PROVIDER && sumAmounts(p.captures) > 0)
  if (paidOnline) entries.push(...settlementEntries(charges, { via: "online_payment" }, now))
  if (metadata.cash_amount) entries.push(...settlementEntries(charges, { via: "cash_collected", amount: Number(metadata.cash_amount) }, now))
  if (metadata.refund_amount) {
    entries.push(...refundEntries(charges, { key: `cancel:${input.order_id}`, amount: Number(metadata.refund_amount), note: "cancelled" }, now))
  }
  const booked = await container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE).recordLedgerEntries(entries)
  return new StepResponse(booked.map((e) => e.id))
})
