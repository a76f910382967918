import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productSuggestionsQuery } from "../../../../lib/search/product-search-query"
import { runSearchWithNearMisses } from "../../../../lib/search/run-search"
import type { StoreSearchSuggestionsQuery } from "../validators"

/** Typeahead suggestions: products whose words start as typed, or, when none do, near misses. */
export async function GET(req: MedusaRequest<unknown, StoreSearchSuggestionsQuery>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as unknown as StoreSearchSuggestionsQuery
  const result = await runSearchWithNearMisses(req, res, (typos) => productSuggestionsQuery(q, limit, typos))
  if (!result) return
  res.json({ query: q, suggestions: result.hits.map((hit) => hit.document) })
}
