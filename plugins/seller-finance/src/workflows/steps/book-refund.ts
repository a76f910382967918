import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderCharges } from "../../lib/order-charges"
import { refundEntries } from "../../lib/order-entries"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../../modules/seller-finance"

/** Books a refund made from a seller order: the money, and its share of commission and withholding back. */
export const bookRefundStep = createStep(
  "book-seller-order-refund",
  async (input: { order_id: string; refund_id: string; amount: number; note: string }, { container }) => {
    const charges = await loadOrderCharges(container, input.order_id)
    if (!charges) return new StepResponse([])
    const entries = refundEntries(charges, { key: input.refund_id, amount: input.amount, note: input.note }, new Date())
    const booked = await container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE).recordLedgerEntries(entries)
    return new StepResponse(booked.map((e) => e.id))
  },
)
