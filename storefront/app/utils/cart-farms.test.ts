import { describe, expect, it } from "vitest"
import { cheapestShipping, groupLinesByFarm, type CartFarm, type CartLine } from "./cart-farms"

const line = (id: string, unit_price: number, quantity: number, total?: number): CartLine => ({
  id,
  title: id,
  thumbnail: null,
  quantity,
  unit_price,
  total,
  product_id: null,
  product_title: id,
  product_handle: id,
  variant_id: null,
  variant_title: null,
})
const farm = (id: string, item_ids: string[], amounts: number[] = []): CartFarm => ({
  seller: { id, handle: id, name: id },
  item_ids,
  shipping_options: amounts.map((amount, i) => ({ id: `${id}-${i}`, name: "x", amount, type: null, insufficient_inventory: false })),
  shipping_method: null,
})

describe("groupLinesByFarm", () => {
  it("groups lines by farm in the order farms first appear, with each farm's subtotal", () => {
    const groups = groupLinesByFarm(
      [line("tea", 120000, 2), line("honey", 250000, 1), line("tea-box", 280000, 1, 280000)],
      [farm("mai", ["honey"]), farm("che", ["tea", "tea-box"])]
    )
    expect(groups.map((g) => [g.farm?.seller.id, g.lines.map((l) => l.id), g.subtotal])).toEqual([
      ["che", ["tea", "tea-box"], 520000],
      ["mai", ["honey"], 250000],
    ])
  })

  it("keeps lines no farm claims in a group of their own", () => {
    const groups = groupLinesByFarm([line("a", 1000, 1), line("b", 2000, 3)], [farm("x", ["a"])])
    expect(groups.map((g) => [g.farm?.seller.id ?? null, g.subtotal])).toEqual([
      ["x", 1000],
      [null, 6000],
    ])
  })

  it("has no groups for an empty cart", () => {
    expect(groupLinesByFarm([], [])).toEqual([])
  })
})

describe("cheapestShipping", () => {
  it("is the lowest option's amount, or null without options", () => {
    expect(cheapestShipping(farm("x", [], [55000, 30000]))).toBe(30000)
    expect(cheapestShipping(farm("x", []))).toBeNull()
    expect(cheapestShipping(null)).toBeNull()
  })
})
