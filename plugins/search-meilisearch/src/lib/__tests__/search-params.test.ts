import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { toSearchParams } from "../search-params"
import { productIndex } from "./fixtures"

const query = (extra: Partial<SearchTypes.ProviderSearchQuery>): SearchTypes.ProviderSearchQuery => ({
  index: productIndex,
  attributes_to_retrieve: ["id", "title"],
  ...extra,
})

describe("toSearchParams", () => {
  it("maps text, paging, sorting and value facets", () => {
    const { main, ranges } = toSearchParams(
      query({
        q: "vai thieu",
        filters: { province: { $in: ["Tỉnh Bắc Ninh"] } },
        pagination: { skip: 20, take: 10, order: { _score: "DESC", price_min: "ASC" } },
        search_options: { facets: ["province", { field: "ocop_stars", type: "value" }], match_strategy: "last" },
      })
    )
    expect(main).toEqual({
      q: "vai thieu",
      filter: 'province IN ["Tỉnh Bắc Ninh"]',
      limit: 10,
      offset: 20,
      sort: ["price_min:asc"],
      facets: ["province", "ocop_stars"],
      attributesToRetrieve: ["id", "title"],
      matchingStrategy: "all",
    })
    expect(ranges).toEqual([])
  })

  it("asks for an exact total with page-based paging when the page is aligned", () => {
    const { main } = toSearchParams(query({ pagination: { skip: 20, take: 10 }, search_options: { count: "exact" } }))
    expect(main).toMatchObject({ hitsPerPage: 10, page: 3 })
  })

  it("counts each price range with its own hits-less query, inside the same filters", () => {
    const { ranges } = toSearchParams(
      query({
        q: "mat ong",
        filters: { ocop_stars: 4 },
        search_options: { facets: [{ field: "price_min", type: "range", ranges: [{ key: "re", to: 50000 }, { key: "dat", from: 50000 }] }] },
      })
    )
    expect(ranges.map((r) => [r.range.key, r.params])).toEqual([
      ["re", { q: "mat ong", limit: 0, filter: "(ocop_stars = 4) AND (price_min < 50000)" }],
      ["dat", { q: "mat ong", limit: 0, filter: "(ocop_stars = 4) AND (price_min >= 50000)" }],
    ])
  })

  it("refuses vector search and cursors", () => {
    expect(() => toSearchParams(query({ search_options: { vector: { value: [1, 2] } } }))).toThrow(/vector/)
    expect(() => toSearchParams(query({ pagination: { cursor: "abc" } }))).toThrow(/cursor/)
  })
})
