import type { NewLedgerEntry } from "../modules/seller-finance/service"
import { shareOf } from "./money"

/** What a seller order owes, as recorded when it was placed (order_line_commission, order_withholding). */
export type OrderCharges = {
  order_id: string
  seller_id: string
  total: number
  commission: number
  tax_base: number
  vat: number
  pit: number
}

/** How the buyer's money for an order reached the seller's books. */
export type Settlement = { via: "online_payment" } | { via: "cash_collected"; amount: number }

/**
 * The entries of an order's money arriving: online, the platform holds the order's total; in
 * cash, the seller does (cash_collected and cash_held cancel out). Either way the commission and
 * the withholding come off. The commission and withholding keys are shared by both ways, so an
 * order is charged once however its money came.
 */
export function settlementEntries(c: OrderCharges, s: Settlement, at: Date): NewLedgerEntry[] {
  const base = { seller_id: c.seller_id, order_id: c.order_id, occurred_at: at }
  const money: NewLedgerEntry[] =
    s.via === "online_payment"
      ? [{ ...base, kind: "online_payment", amount: c.total, source_key: `online-payment:${c.order_id}` }]
      : [
          { ...base, kind: "cash_collected", amount: s.amount, source_key: `cash-collected:${c.order_id}` },
          { ...base, kind: "cash_held", amount: -s.amount, source_key: `cash-held:${c.order_id}` },
        ]
  return [
    ...money,
    { ...base, kind: "commission", amount: -c.commission, source_key: `commission:${c.order_id}` },
    { ...base, kind: "withholding", tax: "vat", amount: -c.vat, tax_base: c.tax_base, source_key: `withholding-vat:${c.order_id}` },
    { ...base, kind: "withholding", tax: "pit", amount: -c.pit, tax_base: c.tax_base, source_key: `withholding-pit:${c.order_id}` },
  ]
}

/**
 * The entries of a refund of `amount` from an order's online payment, keyed by the refund: the
 * money goes back, and with it the same share of the commission and the withholding (rounded
 * half up once per refund), since neither is owed on a sale that did not stand.
 */
export function refundEntries(c: OrderCharges, refund: { key: string; amount: number; note?: string | null }, at: Date): NewLedgerEntry[] {
  const base = { seller_id: c.seller_id, order_id: c.order_id, occurred_at: at }
  const share = (x: number) => shareOf(x, refund.amount, c.total)
  return [
    { ...base, kind: "refund", amount: -refund.amount, source_key: `refund:${refund.key}`, note: refund.note ?? null },
    { ...base, kind: "commission", amount: share(c.commission), source_key: `refund-commission:${refund.key}` },
    { ...base, kind: "withholding", tax: "vat", amount: share(c.vat), tax_base: -share(c.tax_base), source_key: `refund-withholding-vat:${refund.key}` },
    { ...base, kind: "withholding", tax: "pit", amount: share(c.pit), tax_base: -share(c.tax_base), source_key: `refund-withholding-pit:${refund.key}` },
  ]
}
