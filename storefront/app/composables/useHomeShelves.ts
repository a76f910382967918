import type { PublicSeller } from "~/composables/useSeller"
import type { SearchResponse } from "~/types/search"

/** How many cards a home shelf shows: two rows on a phone. */
const SHELF = 4

/**
 * The home page's shelves, fetched in parallel on the server: what is harvested now and what can
 * be pre-ordered for the next harvest (the harvest module's season, kept in the search index),
 * OCOP highlights, the newest produce (whose facets give the province and category counts), and
 * the newest farms.
 */
export function useHomeShelves() {
  const sdk = useMedusa()
  const search = (query: Record<string, unknown>) => sdk.client.fetch<SearchResponse>("/store/search", { query: { limit: SHELF, ...query } })
  return useAsyncData("home:shelves", async () => {
    const [inSeason, preorder, ocop, newest, farms] = await Promise.all([
      // Shelves need their few cards, not counts over the whole catalogue.
      search({ season: "in_season", facets: "none" }),
      search({ season: "preorder", facets: "none" }),
      search({ ocop_stars: ["5", "4"], facets: "none" }),
      search({ sort: "newest", facets: ["province", "category"] }),
      sdk.client.fetch<{ sellers: PublicSeller[] }>("/store/sellers", { query: { sort: "newest", limit: SHELF } }),
    ])
    return {
      inSeason: inSeason.hits,
      preorder: preorder.hits,
      ocop: ocop.hits,
      newest: newest.hits,
      provinces: newest.facets.province,
      categories: newest.facets.category,
      farms: farms.sellers,
    }
  })
}
