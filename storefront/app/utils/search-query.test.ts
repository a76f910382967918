import { describe, expect, it } from "vitest"
import { hasFilters, parseSearchState, searchApiQuery, setParam, toggleFacet } from "./search-query"

describe("search URL", () => {
  it("reads the page's query, ignoring what it does not know", () => {
    expect(parseSearchState({ q: " vai thieu ", tinh: ["Tỉnh Bắc Ninh"], ocop: ["5", "9"], gia: "nope", "sap-xep": "cheap", trang: "2" })).toEqual({
      q: "vai thieu",
      province: ["Tỉnh Bắc Ninh"],
      category: [],
      ocop_stars: ["5"],
      certification: [],
      price: "",
      in_stock: false,
      season: "",
      sort: "relevance",
      page: 2,
    })
  })

  it("turns it into /store/search parameters, with the price bucket's bounds", () => {
    const state = parseSearchState({ q: "vải", gia: "50k-100k", "sap-xep": "price_asc", trang: "3", "danh-muc": "Trái cây" })
    expect(searchApiQuery(state)).toEqual({ q: "vải", category: ["Trái cây"], price_min: 50000, price_max: 99999, sort: "price_asc", limit: 24, offset: 48 })
    // On a category page, the category's own counts are not asked for.
    expect(searchApiQuery(state, "category").facets).toEqual(["province", "ocop_stars", "certification", "price"])
  })

  it("asks for what is in stock and in season (or to pre-order) when the URL says so", () => {
    const state = parseSearchState({ "con-hang": "1", mua: "dang-mua" })
    expect(searchApiQuery(state)).toEqual({ in_stock: "true", season: "in_season", limit: 24, offset: 0 })
    expect(searchApiQuery(parseSearchState({ mua: "dat-truoc" })).season).toBe("preorder")
    expect(parseSearchState({ mua: "mua-dong", "con-hang": "yes" })).toMatchObject({ season: "", in_stock: false })
    expect(hasFilters(parseSearchState({ q: "vai", trang: "2" }))).toBe(false)
    expect(hasFilters(state)).toBe(true)
    // A category page's own category is not a filter the buyer chose.
    expect(hasFilters({ ...parseSearchState({}), category: ["Trái cây"] }, "category")).toBe(false)
  })

  it("toggles facet values and goes back to the first page", () => {
    expect(toggleFacet({ q: "vai", tinh: "A", trang: "2" }, "province", "B")).toEqual({ q: "vai", tinh: ["A", "B"], trang: undefined })
    expect(toggleFacet({ tinh: ["A", "B"] }, "province", "A")).toEqual({ tinh: ["B"], trang: undefined })
    expect(toggleFacet({ tinh: "A" }, "province", "A")).toEqual({ tinh: undefined, trang: undefined })
    expect(setParam({ q: "vai", gia: "duoi-50k" }, "gia", undefined)).toEqual({ q: "vai", gia: undefined, trang: undefined })
  })
})
