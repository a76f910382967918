import type { SearchResponse, Suggestion } from "~/types/search"
import { searchApiQuery, type SearchState } from "~/utils/search-query"

/** The search page's results for the state in its URL; rendered on the server. */
export function useProductSearch(state: () => SearchState) {
  const sdk = useMedusa()
  return useAsyncData(
    () => `search:${JSON.stringify(state())}`,
    () => sdk.client.fetch<SearchResponse>("/store/search", { query: searchApiQuery(state()) })
  )
}

/** Typeahead suggestions for what is typed so far; an empty list when the search is down. */
export function fetchSuggestions(sdk: ReturnType<typeof useMedusa>, q: string): Promise<Suggestion[]> {
  return sdk.client
    .fetch<{ suggestions: Suggestion[] }>("/store/search/suggestions", { query: { q, limit: 6 } })
    .then((r) => r.suggestions)
    .catch(() => [])
}
