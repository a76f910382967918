import { describe, expect, it } from "vitest"
import { computeFigures } from "../figures/compute-figures"
import { ordersDataset } from "../open-data/datasets"
import { datasetCsv, datasetJson } from "../open-data/publish"
import { facts, orders } from "./facts"

const HP = "Thành phố Hải Phòng"
const TN = "Tỉnh Thái Nguyên"
const HN = "Thành phố Hà Nội"
const HCM = "Thành phố Hồ Chí Minh"

describe("orders dataset", () => {
  it("suppresses an origin cell of many orders from fewer than 5 sellers: it is one farm's takings", () => {
    // Thái Nguyên's only seller sold 12 orders, Hải Phòng's 6 farms 30: Thái Nguyên's cell is that
    // cooperative's month, and Hải Phòng's goes with it, or the month's total would give it away.
    const hp = ["a", "b", "c", "d", "e", "f"].flatMap((s) => orders(5, `sel_${s}`, HP, HN))
    const figures = computeFigures(facts({ orders: [...hp, ...orders(12, "sel_tn", TN, HCM)] }))
    const rows = datasetJson(ordersDataset, figures).rows
    expect(rows).toEqual([
      { month: "2026-11", side: "destination", province: HN, orders: 30, sales_vnd: 3_000_000 },
      { month: "2026-11", side: "destination", province: HCM, orders: 12, sales_vnd: 1_200_000 },
      { month: "2026-11", side: "origin", province: HP, orders: null, sales_vnd: null },
      { month: "2026-11", side: "origin", province: TN, orders: null, sales_vnd: null },
    ])
  })

  it("publishes only the declared columns", () => {
    const figures = computeFigures(facts({ orders: ["a", "b", "c", "d", "e"].flatMap((s) => orders(2, `sel_${s}`, HP, HN)) }))
    for (const row of datasetJson(ordersDataset, figures).rows) {
      expect(Object.keys(row)).toEqual(ordersDataset.columns.map((c) => c.name))
    }
  })
})
