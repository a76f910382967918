import type { SearchTypes } from "@medusajs/framework/types"
import { vietnamDay } from "@nongsan/farmer-household/lib/harvest-season"

/** Price buckets of the price facet, in VND; `to` is exclusive. */
export const PRICE_RANGES = [
  { key: "duoi-50k", to: 50_000 },
  { key: "50k-100k", from: 50_000, to: 100_000 },
  { key: "100k-200k", from: 100_000, to: 200_000 },
  { key: "200k-500k", from: 200_000, to: 500_000 },
  { key: "tren-500k", from: 500_000 },
]

/** Fields a hit carries to the shop (the index's retrievable ones that a card needs). */
export const HIT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "category",
  "seller_name",
  "seller_handle",
  "province",
  "commune",
  "ocop_stars",
  "ocop_group",
  "certifications",
  "price_min",
  "price_max",
  "in_stock",
  "season",
  "preorder",
  "created_at",
]

export type ProductSearchParams = {
  q?: string
  category?: string[]
  province?: string[]
  certification?: string[]
  ocop_stars?: number[]
  price_min?: number
  price_max?: number
  in_stock?: boolean
  season?: string[]
  sort: "relevance" | "price_asc" | "price_desc" | "newest"
  limit: number
  offset: number
  /** The facets to count (all when absent); `["none"]`: hits only, no facets and no count. */
  facets?: SearchFacetName[]
}

/** The shop's facets by their API names; `none` asks for the hits alone. */
export const SEARCH_FACETS = ["category", "province", "ocop_stars", "certification", "price", "none"] as const
export type SearchFacetName = (typeof SEARCH_FACETS)[number]

const FACET_REQUESTS: Record<Exclude<SearchFacetName, "none">, SearchTypes.SearchFacetRequest> = {
  category: { field: "category", type: "value", limit: 30 },
  province: { field: "province", type: "value", limit: 40 },
  ocop_stars: { field: "ocop_stars", type: "value" },
  certification: { field: "certifications", type: "value" },
  price: { field: "price_min", type: "range", ranges: PRICE_RANGES },
}

const ORDER: Record<ProductSearchParams["sort"], Record<string, SearchTypes.SearchOrderBy>> = {
  relevance: { _score: "DESC", created_at: "DESC" },
  price_asc: { price_min: "ASC" },
  price_desc: { price_min: "DESC" },
  newest: { created_at: "DESC" },
}

/**
 * The shop's search parameters as a Search Module query: the same for every provider. With
 * `typos`, misspelt words also match their nearest known spellings (the route asks for it only
 * when the words as typed found nothing). A stars filter also asks that the certificate has not
 * lapsed since its document was written (the expiry job's event normally removes it first), so
 * "5 stars" means a 5-star certificate valid today.
 */
export function productSearchQuery(p: ProductSearchParams, typos: boolean, now: Date = new Date()): SearchTypes.SearchQuery {
  const filters: SearchTypes.SearchFilters = {}
  if (p.q) filters.q = p.q
  if (p.category?.length) filters.category = { $in: p.category }
  if (p.province?.length) filters.province = { $in: p.province }
  if (p.certification?.length) filters.certifications = { $overlaps: p.certification }
  if (p.ocop_stars?.length) {
    filters.ocop_stars = { $in: p.ocop_stars }
    // A date field compares as a date: today in Việt Nam, at midnight like the stored expiry days.
    filters.ocop_expires_on = { $gte: new Date(vietnamDay(now)) }
  }
  if (p.price_min !== undefined || p.price_max !== undefined) {
    filters.price_min = { ...(p.price_min !== undefined ? { $gte: p.price_min } : {}), ...(p.price_max !== undefined ? { $lte: p.price_max } : {}) }
  }
  if (p.in_stock !== undefined) filters.in_stock = p.in_stock
  if (p.season?.length) filters.season = { $in: p.season }
  // Counting reads every match: a shelf of a few cards over a whole catalogue asks for none, and
  // the page is then a plain ordered, limited index scan.
  const hitsOnly = p.facets?.includes("none") ?? false
  const facetNames = p.facets?.length ? p.facets.filter((f) => f !== "none") : (Object.keys(FACET_REQUESTS) as (keyof typeof FACET_REQUESTS)[])
  return {
    entity: "product",
    fields: HIT_FIELDS,
    filters,
    pagination: { skip: p.offset, take: p.limit, order: p.q || p.sort !== "relevance" ? ORDER[p.sort] : ORDER.newest },
    search_options: {
      typo_tolerance: typos,
      count: hitsOnly ? "none" : "exact",
      disjunctive_facets: true,
      facets: hitsOnly ? [] : facetNames.map((name) => FACET_REQUESTS[name]),
    },
  }
}

/**
 * Typeahead: the last word is a prefix ("vai th" → "Vải thiều"), a few titles only. Typo
 * tolerance is the fallback (`typos`), since a half-typed word is near many unrelated words
 * ("th" → "thai").
 */
export function productSuggestionsQuery(q: string, limit: number, typos: boolean): SearchTypes.SearchQuery {
  return {
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail", "seller_name", "province", "price_min"],
    filters: { q },
    pagination: { take: limit, order: { _score: "DESC" } },
    search_options: { match_strategy: "last", typo_tolerance: typos, count: "none" },
  }
}
