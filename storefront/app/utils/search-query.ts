import type { LocationQuery, LocationQueryRaw } from "vue-router"

/**
 * The search page's state lives in its URL (/tim-kiem?q=vai&tinh=…&ocop=5&danh-muc=…&gia=…&sap-xep=…&trang=2),
 * so a result can be shared, reloaded and rendered on the server. These turn that URL into the
 * /store/search parameters and back.
 */
export const SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type SearchSort = (typeof SORTS)[number]
export const PAGE_SIZE = 24

/** Price buckets the API counts (its PRICE_RANGES keys) and their bounds in VND. */
export const PRICE_BUCKETS: Record<string, { from?: number; to?: number }> = {
  "duoi-50k": { to: 50_000 },
  "50k-100k": { from: 50_000, to: 100_000 },
  "100k-200k": { from: 100_000, to: 200_000 },
  "200k-500k": { from: 200_000, to: 500_000 },
  "tren-500k": { from: 500_000 },
}

/** The season choices in the URL (`mua=`) and the harvest states each asks the API for. */
export const SEASON_CHOICES: Record<string, string> = {
  "dang-mua": "in_season",
  "dat-truoc": "preorder",
}

/** The URL keys of the multi-value facets. */
export const FACET_KEYS = { province: "tinh", category: "danh-muc", ocop_stars: "ocop", certification: "chung-nhan" } as const
export type FacetName = keyof typeof FACET_KEYS

const list = (v: LocationQuery[string] | undefined): string[] =>
  (Array.isArray(v) ? v : v ? [v] : []).filter((x): x is string => typeof x === "string" && x.length > 0)
const one = (v: LocationQuery[string] | undefined) => list(v)[0] ?? ""

export type SearchState = {
  q: string
  province: string[]
  category: string[]
  ocop_stars: string[]
  certification: string[]
  price: string
  /** Only what is in stock now (`con-hang=1`). */
  in_stock: boolean
  /** A key of SEASON_CHOICES, or "". */
  season: string
  sort: SearchSort
  page: number
}

export function parseSearchState(query: LocationQuery): SearchState {
  const sort = one(query["sap-xep"]) as SearchSort
  return {
    q: one(query.q).trim(),
    province: list(query[FACET_KEYS.province]),
    category: list(query[FACET_KEYS.category]),
    ocop_stars: list(query[FACET_KEYS.ocop_stars]).filter((s) => ["3", "4", "5"].includes(s)),
    certification: list(query[FACET_KEYS.certification]),
    price: PRICE_BUCKETS[one(query.gia)] ? one(query.gia) : "",
    in_stock: one(query["con-hang"]) === "1",
    season: SEASON_CHOICES[one(query.mua)] ? one(query.mua) : "",
    sort: SORTS.includes(sort) ? sort : "relevance",
    page: Math.max(1, Number.parseInt(one(query.trang), 10) || 1),
  }
}

/** The facets /store/search counts, by their API names. */
const API_FACETS = ["category", "province", "ocop_stars", "certification", "price"] as const

/**
 * The query string of /store/search for a state. `fixed` is the facet a category or province page
 * stands for: its counts are not shown there, so they are not asked for (with a filter on it, the
 * API would count it again over the whole catalogue).
 */
export function searchApiQuery(s: SearchState, fixed?: FacetName): Record<string, string | string[] | number> {
  const bucket = PRICE_BUCKETS[s.price]
  return Object.fromEntries(
    Object.entries({
      q: s.q || undefined,
      province: s.province,
      category: s.category,
      ocop_stars: s.ocop_stars,
      certification: s.certification,
      price_min: bucket?.from,
      price_max: bucket?.to !== undefined ? bucket.to - 1 : undefined,
      in_stock: s.in_stock ? "true" : undefined,
      season: SEASON_CHOICES[s.season],
      sort: s.sort === "relevance" ? undefined : s.sort,
      facets: fixed ? API_FACETS.filter((f) => f !== fixed) : undefined,
      limit: PAGE_SIZE,
      offset: (s.page - 1) * PAGE_SIZE,
    }).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length))
  ) as Record<string, string | string[] | number>
}

/**
 * Whether the buyer chose a filter (the query, sorting and the page aside). `fixed` is the facet
 * a category or province page stands for: not a choice of the buyer's.
 */
export function hasFilters(s: SearchState, fixed?: FacetName): boolean {
  const chosen = (facet: FacetName) => facet !== fixed && s[facet].length > 0
  return Boolean(chosen("province") || chosen("category") || chosen("ocop_stars") || chosen("certification") || s.price || s.in_stock || s.season)
}

/** The page URL's query after toggling one facet value (back to page 1). */
export function toggleFacet(query: LocationQuery, facet: FacetName, value: string): LocationQueryRaw {
  const key = FACET_KEYS[facet]
  const current = list(query[key])
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...query, [key]: next.length ? next : undefined, trang: undefined }
}

/** The page URL's query with one single-value parameter set or cleared (back to page 1). */
export function setParam(query: LocationQuery, key: "gia" | "sap-xep" | "q" | "mua" | "con-hang", value: string | undefined): LocationQueryRaw {
  return { ...query, [key]: value || undefined, trang: undefined }
}
