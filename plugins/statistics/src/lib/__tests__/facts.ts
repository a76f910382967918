import type { Facts, OrderFact } from "../figures/load-facts"

/** Facts for a marketplace on 2026-11-24, with nothing in it but what a test adds. */
export const facts = (more: Partial<Facts> = {}): Facts => ({
  today: "2026-11-24",
  sellers: [],
  products: [],
  orders: [],
  markets: [],
  stalls: [],
  payments: [],
  certifiedCounts: [],
  ...more,
})

/** `n` orders of November 2026 from one seller of `origin` to `destination`, 100 000 ₫ each. */
export const orders = (n: number, seller_id: string, origin: string, destination: string): OrderFact[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${seller_id}-${destination}-${i}`, seller_id, month: "2026-11", origin, destination, sales: 100_000 }))
