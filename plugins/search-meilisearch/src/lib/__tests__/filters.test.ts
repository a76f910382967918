import { describe, expect, it } from "vitest"
import { literal, toMeilisearchFilter } from "../filters"

describe("toMeilisearchFilter", () => {
  it("ignores q and nothing", () => {
    expect(toMeilisearchFilter(undefined)).toBeUndefined()
    expect(toMeilisearchFilter({ q: "vải" })).toBeUndefined()
  })

  it("translates equality, lists and ranges", () => {
    expect(toMeilisearchFilter({ province: "Tỉnh Bắc Ninh" })).toBe('province = "Tỉnh Bắc Ninh"')
    expect(toMeilisearchFilter({ ocop_stars: { $in: [4, 5] } })).toBe("ocop_stars IN [4, 5]")
    expect(toMeilisearchFilter({ price_min: { $gte: 50000, $lt: 100000 } })).toBe("(price_min >= 50000 AND price_min < 100000)")
    expect(toMeilisearchFilter({ in_stock: true, category: { $nin: ["Chè"] } })).toBe('in_stock = true AND category NOT IN ["Chè"]')
  })

  it("nests $and, $or and $not", () => {
    expect(toMeilisearchFilter({ $or: [{ ocop_stars: 5 }, { $not: { province: { $ne: "Tỉnh Thanh Hóa" } } }] })).toBe(
      '(ocop_stars = 5 OR NOT (province != "Tỉnh Thanh Hóa"))'
    )
  })

  it("translates array operators and existence", () => {
    expect(toMeilisearchFilter({ certifications: { $contains: ["vietgap", "ocop"] } })).toBe('certifications = "vietgap" AND certifications = "ocop"')
    expect(toMeilisearchFilter({ certifications: { $overlaps: ["organic"] } })).toBe('certifications IN ["organic"]')
    expect(toMeilisearchFilter({ ocop_stars: { $exists: false } })).toBe("ocop_stars NOT EXISTS")
  })

  it("matches nothing for an empty $in, everything for an empty $nin", () => {
    expect(toMeilisearchFilter({ province: { $in: [] } })).toBe("(province EXISTS AND province NOT EXISTS)")
    expect(toMeilisearchFilter({ province: { $nin: [] } })).toBeUndefined()
  })

  it("compares dates as epoch milliseconds", () => {
    expect(toMeilisearchFilter({ created_at: { $gte: "2026-06-01T00:00:00.000Z" } }, new Set(["created_at"]))).toBe(
      `created_at >= ${Date.parse("2026-06-01T00:00:00.000Z")}`
    )
  })

  it("escapes quotes and backslashes in strings", () => {
    expect(literal('Hộ "Hải" \\ Thanh Hà')).toBe('"Hộ \\"Hải\\" \\\\ Thanh Hà"')
  })

  it("refuses what Meilisearch cannot filter", () => {
    expect(() => toMeilisearchFilter({ title: { $prefix: "vai" } })).toThrow(/no prefix or substring filter/)
    expect(() => toMeilisearchFilter({ title: { $like: "vai" } })).toThrow(/Meilisearch/)
    expect(() => toMeilisearchFilter({ "bad name": "x" })).toThrow(/field name/)
  })
})
