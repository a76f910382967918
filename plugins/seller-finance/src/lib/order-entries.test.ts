import { describe, expect, it } from "vitest"
import { refundEntries, settlementEntries, type OrderCharges } from "./order-entries"

const charges: OrderCharges = { order_id: "order_1", seller_id: "sel_1", total: 130_000, commission: 6_000, tax_base: 120_000, vat: 1_200, pit: 600 }
const at = new Date("2026-11-24T08:00:00Z")
const sum = (xs: { amount: number }[]) => xs.reduce((n, x) => n + x.amount, 0)

describe("an order's ledger entries", () => {
  it("credits an online payment less commission and withholding", () => {
    expect(sum(settlementEntries(charges, { via: "online_payment" }, at))).toBe(130_000 - 6_000 - 1_200 - 600)
  })
  it("leaves a cash-on-delivery seller owing the commission and withholding", () => {
    const entries = settlementEntries(charges, { via: "cash_collected", amount: 130_000 }, at)
    expect(entries.map((e) => e.kind)).toEqual(["cash_collected", "cash_held", "commission", "withholding", "withholding"])
    expect(sum(entries)).toBe(-7_800)
  })
  it("gives back a refund's share of commission and withholding, keyed by the refund", () => {
    const entries = refundEntries(charges, { key: "ref_1", amount: 65_000 }, at)
    expect(entries.map((e) => [e.source_key, e.amount])).toEqual([
      ["refund:ref_1", -65_000],
      ["refund-commission:ref_1", 3_000],
      ["refund-withholding-vat:ref_1", 600],
      ["refund-withholding-pit:ref_1", 300],
    ])
    // A full refund nets the order to nothing.
    expect(sum([...settlementEntries(charges, { via: "online_payment" }, at), ...refundEntries(charges, { key: "r", amount: 130_000 }, at)])).toBe(0)
  })
})
