import { describe, expect, it } from "vitest"
import { BrowseTotalsCache } from "./browse-totals-cache"

const totals = { count: 42, facets: [[{ value: "Trái cây", count: 42 }]] }

describe("BrowseTotalsCache", () => {
  it("keeps totals until they expire", () => {
    const cache = new BrowseTotalsCache(1_000)
    cache.set("trai-cay", totals, cache.ticket(), 0)
    expect(cache.get("trai-cay", 999)).toEqual(totals)
    expect(cache.get("trai-cay", 1_000)).toBeUndefined()
  })

  it("forgets everything on a write, and does not store what was counted before it", () => {
    const cache = new BrowseTotalsCache(1_000)
    cache.set("trai-cay", totals, cache.ticket(), 0)
    const before = cache.ticket()
    cache.forget()
    expect(cache.get("trai-cay", 1)).toBeUndefined()
    cache.set("che", totals, before, 1)
    expect(cache.get("che", 2)).toBeUndefined()
  })

  it("drops the oldest entry when full", () => {
    const cache = new BrowseTotalsCache(1_000, 2)
    for (const key of ["a", "b", "c"]) cache.set(key, totals, cache.ticket(), 0)
    expect([cache.get("a", 1), cache.get("b", 1), cache.get("c", 1)]).toEqual([undefined, totals, totals])
  })
})
