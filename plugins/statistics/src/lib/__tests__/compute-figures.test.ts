import { describe, expect, it } from "vitest"
import { computeFigures } from "../figures/compute-figures"
import { facts, orders } from "./facts"

const HP = "Thành phố Hải Phòng"
const HN = "Thành phố Hà Nội"

describe("computeFigures", () => {
  it("counts how many sellers each orders cell rests on", () => {
    const figures = computeFigures(facts({ orders: [...orders(7, "sel_a", HP, HN), ...orders(2, "sel_b", HP, HN)] }))
    expect(figures.orders).toEqual([
      { month: "2026-11", side: "destination", province: HN, orders: 9, sellers: 2, sales_vnd: 900_000 },
      { month: "2026-11", side: "origin", province: HP, orders: 9, sellers: 2, sales_vnd: 900_000 },
    ])
  })

  it("counts a province's year of orders, products and sellers in well under a second", () => {
    // A province's marketplace: 2 000 farms, 10 000 products, 40 000 orders in a year, nearly all
    // from the home province, so they fall in one cell.
    const sellers = Array.from({ length: 2000 }, (_, i) => ({ id: `sel_${i}`, name: `Hộ ${i}`, handle: `ho-${i}`, type: "household", province: HP, status: "approved" }))
    const products = Array.from({ length: 10_000 }, (_, i) => ({ id: `prod_${i}`, seller_id: `sel_${i % 2000}`, ocop_stars: i % 7 === 0 ? 4 : null }))
    const sold = Array.from({ length: 40_000 }, (_, i) => ({ ...orders(1, `sel_${i % 2000}`, HP, HN)[0]!, id: `order_${i}` }))
    const started = performance.now()
    const figures = computeFigures(facts({ sellers, products, orders: sold }))
    expect(performance.now() - started).toBeLessThan(1500)
    expect(figures.orders.find((r) => r.side === "origin")).toMatchObject({ orders: 40_000, sellers: 2000 })
    expect(figures.per_seller[0]).toMatchObject({ products_online: 5, orders: 20 })
  }, 60_000)
})
