import { describe, expect, it } from "vitest"
import { basisPointsOf, shareOf } from "./money"

describe("integer VND rounding", () => {
  it("rounds half up", () => {
    expect(basisPointsOf(10_020, 250)).toBe(251) // 250.5
    expect(basisPointsOf(10_019, 250)).toBe(250) // 250.475
    expect(basisPointsOf(100_000, 100)).toBe(1_000)
    expect(basisPointsOf(0, 500)).toBe(0)
  })
  it("is exact beyond 2^53 intermediate products", () => {
    expect(basisPointsOf(900_000_000_000, 15_001)).toBe(1_350_090_000_000)
  })
  it("shares an amount in proportion", () => {
    expect(shareOf(5_000, 1, 3)).toBe(1_667)
    expect(shareOf(5_000, 100_000, 100_000)).toBe(5_000)
    expect(shareOf(5_000, 1, 0)).toBe(0)
  })
})
