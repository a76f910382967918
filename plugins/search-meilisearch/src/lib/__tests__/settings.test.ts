import { describe, expect, it } from "vitest"
import { DEFAULT_SYNONYM_GROUPS, meilisearchSettings, synonymsFromGroups } from "../settings"
import { productIndex } from "./fixtures"

describe("meilisearchSettings", () => {
  const settings = meilisearchSettings(productIndex, synonymsFromGroups(DEFAULT_SYNONYM_GROUPS))

  it("orders searchable attributes by weight, heaviest first", () => {
    expect(settings.searchableAttributes).toEqual(["title", "seller_name", "province", "description"])
  })

  it("makes filterable and facetable fields filterable, with the primary key", () => {
    expect(settings.filterableAttributes).toEqual(["id", "province", "ocop_stars", "price_min", "created_at"])
  })

  it("keeps the declared sortable fields", () => {
    expect(settings.sortableAttributes).toEqual(["id", "price_min", "created_at"])
  })

  it("carries typo tolerance over", () => {
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 4 } })
  })

  it("writes synonyms both ways: vải ↔ lychee, gạo ↔ rice", () => {
    expect(settings.synonyms?.["vải"]).toEqual(expect.arrayContaining(["lychee", "vai"]))
    expect(settings.synonyms?.lychee).toContain("vải")
    expect(settings.synonyms?.["gạo"]).toContain("rice")
    expect(settings.synonyms?.rice).toEqual(expect.arrayContaining(["gạo", "gao"]))
  })

  it("refuses geo fields", () => {
    expect(() => meilisearchSettings({ ...productIndex, fields: { ...productIndex.fields, at: { type: "geo" } } }, {})).toThrow(/geo/)
  })
})
