import type { OcopStars } from "~/types/ocop"
import type { SearchResponse, Suggestion } from "~/types/search"
import { PAGE_SIZE, searchApiQuery, type FacetName, type SearchState } from "~/utils/search-query"

/** The results for the state in a page's URL (`fixed`: a category or province page's own facet); rendered on the server. */
export function useProductSearch(state: () => SearchState, fixed?: FacetName) {
  const sdk = useMedusa()
  return useAsyncData(
    () => `search:${fixed ?? ""}:${JSON.stringify(state())}`,
    () => sdk.client.fetch<SearchResponse>("/store/search", { query: searchApiQuery(state(), fixed) })
  )
}

/**
 * The shop's newest produce, one page, narrowed to valid OCOP certificates of the chosen stars:
 * the home page's "all produce". The search index serves it from its created_at index;
 * Medusa's /store/products first read every product id of the sales channel (0.7 s at 10k
 * products, 5 s at 100k).
 */
export function useNewestProducts(stars: () => OcopStars[]) {
  const sdk = useMedusa()
  return useAsyncData(
    () => `newest:${stars().join(",")}`,
    () => sdk.client.fetch<SearchResponse>("/store/search", { query: { sort: "newest", ocop_stars: stars().map(String), limit: PAGE_SIZE, facets: "none" } })
  )
}

/** Typeahead suggestions for what is typed so far; an empty list when the search is down. */
export function fetchSuggestions(sdk: ReturnType<typeof useMedusa>, q: string): Promise<Suggestion[]> {
  return sdk.client
    .fetch<{ suggestions: Suggestion[] }>("/store/search/suggestions", { query: { q, limit: 6 } })
    .then((r) => r.suggestions)
    .catch(() => [])
}
