/** A product as /store/search returns it: the index document, enough for a card. */
export type SearchHit = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  thumbnail: string | null
  category: string[]
  seller_name: string
  seller_handle: string
  province: string | null
  commune: string | null
  ocop_stars: number | null
  certifications: string[]
  price_min: number | null
  price_max: number | null
  in_stock: boolean
  season: string
  preorder: boolean
}

export type FacetValue = { value: string; count: number }
export type PriceRange = { key: string; from?: number; to?: number; count: number }

export type SearchResponse = {
  query: string
  hits: SearchHit[]
  /** null when asked with facets=none (the hits alone). */
  count: number | null
  /** The corrected words when the results are near misses ("vai thiu" → "vai thieu"), else null. */
  did_you_mean: string | null
  limit: number
  offset: number
  facets: { category: FacetValue[]; province: FacetValue[]; ocop_stars: FacetValue[]; certification: FacetValue[]; price: PriceRange[] }
}

export type Suggestion = Pick<SearchHit, "id" | "title" | "handle" | "thumbnail" | "seller_name" | "province" | "price_min">
