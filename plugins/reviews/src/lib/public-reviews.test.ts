import { describe, expect, it } from "vitest"
import { averageRating } from "./public-reviews"

describe("averageRating", () => {
  it("rounds to one decimal without floating-point noise", () => {
    expect(averageRating([5, 5, 4])).toBe(4.7)
    expect(averageRating([1, 2])).toBe(1.5)
    expect(averageRating([4, 4, 4, 5, 5, 5, 3])).toBe(4.3)
  })
  it("is null before the first review", () => {
    expect(averageRating([])).toBeNull()
  })
})
