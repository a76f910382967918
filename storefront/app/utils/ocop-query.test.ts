import { describe, expect, it } from "vitest"
import { parseGroup, parseStars, toggleStars } from "./ocop-query"

describe("parseStars", () => {
  it("reads repeated or comma-separated stars, known ones only, once each and in order", () => {
    expect(parseStars(["5", "4"])).toEqual([4, 5])
    expect(parseStars("5,3,3")).toEqual([3, 5])
    expect(parseStars(["2", "six", null, "4"])).toEqual([4])
    expect(parseStars(undefined)).toEqual([])
  })
})

describe("toggleStars", () => {
  it("adds a star in order or removes it", () => {
    expect(toggleStars([5], 3)).toEqual([3, 5])
    expect(toggleStars([3, 5], 5)).toEqual([3])
    expect(toggleStars([], 4)).toEqual([4])
  })
})

describe("parseGroup", () => {
  it("accepts one of the six groups only", () => {
    expect(parseGroup("beverage")).toBe("beverage")
    expect(parseGroup(["food", "herbal"])).toBe("food")
    expect(parseGroup("wine")).toBeNull()
    expect(parseGroup(undefined)).toBeNull()
  })
})
