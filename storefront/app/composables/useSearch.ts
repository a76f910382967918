import type { SearchResponse, Suggestion } from "~/types/search"
import { searchApiQuery, type FacetName, type SearchState } from "~/utils/search-query"

/** The results for the state in a page's URL (`fixed`: a category or province page's own facet); rendered on the server. */
export function useProductSearch(state: () => SearchState, fixed?: FacetName) {
  const sdk = useMedusa()
  return useAsyncData(
    () => `search:${fixed ?? ""}:${JSON.stringify(state())}`,
    () => sdk.client.fetch<SearchResponse>("/store/search", { query: searchApiQuery(state(), fixed) })
  )
}

/** Typeahead suggestions for what is typed so far; an empty list when the search is down. */
export function fetchSuggestions(sdk: ReturnType<typeof useMedusa>, q: string): Promise<Suggestion[]> {
  return sdk.client
    .fetch<{ suggestions: Suggestion[] }>("/store/search/suggestions", { query: { q, limit: 6 } })
    .then((r) => r.suggestions)
    .catch(() => [])
}
