import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SearchTypes } from "@medusajs/framework/types"
import { productSearchQuery } from "../../../lib/search/product-search-query"
import { runSearchWithNearMisses } from "../../../lib/search/run-search"
import type { StoreSearchQuery } from "./validators"

type Facet = SearchTypes.SearchFacetResult | undefined

const values = (facet: Facet) => (facet?.type === "value" ? facet.values : [])
const ranges = (facet: Facet) => (facet?.type === "range" ? facet.ranges : [])

/**
 * Product search for the shop: hits (index documents, enough for a product card), the total,
 * and facet counts that ignore their own filter (so a chosen province still lists the others).
 * The words as typed (accents folded) first, near misses only when they find nothing; then
 * `did_you_mean` is the corrected query when the provider tells it (Postgres does), else null.
 */
export async function GET(req: MedusaRequest<unknown, StoreSearchQuery>, res: MedusaResponse) {
  const params = req.validatedQuery as unknown as StoreSearchQuery
  const result = await runSearchWithNearMisses(req, res, (typos) => productSearchQuery(params, typos))
  if (!result) return
  const facets = result.facets ?? {}
  res.json({
    query: params.q ?? "",
    hits: result.hits.map((hit) => hit.document),
    // null when asked for the hits alone (facets=none: productSearchQuery asks for no count).
    count: result.metadata.count ?? null,
    did_you_mean: typeof result.provider_metadata?.did_you_mean === "string" ? result.provider_metadata.did_you_mean : null,
    limit: params.limit,
    offset: params.offset,
    facets: {
      category: values(facets.category),
      province: values(facets.province),
      ocop_stars: values(facets.ocop_stars),
      certification: values(facets.certifications),
      price: ranges(facets.price_min),
    },
  })
}
