import { describe, expect, it } from "vitest"
import { groupByShipDate } from "./order-ship-groups"

const order = (id: string, ...dates: (string | null)[]) => ({ id, items: dates.map((expected_ship_date) => ({ expected_ship_date })) })

describe("groupByShipDate", () => {
  it("puts orders to ship now first, then pre-orders by ship date", () => {
    const groups = groupByShipDate([order("a", "2027-06-10"), order("b", null), order("c", "2027-05-20", null), order("d", "2027-06-10")])
    expect(groups.map((g) => [g.ships_from, g.orders.map((o) => o.id)])).toEqual([
      [null, ["b"]],
      ["2027-05-20", ["c"]],
      ["2027-06-10", ["a", "d"]],
    ])
  })
})
