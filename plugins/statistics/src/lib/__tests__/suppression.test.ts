import { describe, expect, it } from "vitest"
import { suppressedRows } from "../open-data/suppression"

type Cell = { month: string; side: string; province: string; orders: number }
const cell = (month: string, side: string, province: string, orders: number): Cell => ({ month, side, province, orders })
const names = (hidden: Set<Cell>) => [...hidden].map((c) => `${c.month} ${c.side} ${c.province}`).sort()
const options = { count: (c: Cell) => c.orders, group: (c: Cell) => `${c.month} ${c.side}`, fallback: (c: Cell) => c.month }

describe("suppressedRows", () => {
  it("hides counts of 1 to 4, never 0 or 5 and more", () => {
    const rows = [0, 1, 4, 5, 12].map((n) => cell("2026-11", "origin", `P${n}`, n))
    expect(names(suppressedRows(rows, { count: (c) => c.orders }))).toEqual(["2026-11 origin P1", "2026-11 origin P4"])
  })

  it("hides the next smallest cell of a group whose total is known elsewhere, so none is found by subtraction", () => {
    const rows = [cell("2026-11", "origin", "A", 2), cell("2026-11", "origin", "B", 9), cell("2026-11", "origin", "C", 6), cell("2026-11", "destination", "D", 17)]
    expect(names(suppressedRows(rows, options))).toEqual(["2026-11 origin A", "2026-11 origin C"])
  })

  it("leaves a group alone when two cells are hidden already", () => {
    const rows = [cell("2026-11", "origin", "A", 2), cell("2026-11", "origin", "B", 3), cell("2026-11", "origin", "C", 6)]
    expect(names(suppressedRows(rows, options))).toEqual(["2026-11 origin A", "2026-11 origin B"])
  })

  it("hides the whole month when a hidden cell has no partner in its group", () => {
    const rows = [cell("2026-11", "origin", "A", 3), cell("2026-11", "destination", "B", 3), cell("2026-11", "destination", "C", 8), cell("2026-10", "origin", "A", 7)]
    // Origin's 3 alone equals the month's total, which destination would give away.
    expect(names(suppressedRows(rows, options))).toEqual(["2026-11 destination B", "2026-11 destination C", "2026-11 origin A"])
  })
})
