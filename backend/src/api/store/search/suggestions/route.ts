import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { productSuggestionsQuery } from "../../../../lib/search/product-search-query"
import type { StoreSearchSuggestionsQuery } from "../validators"

/** Typeahead suggestions: products whose words start as typed, or, when none do, near misses. */
export async function GET(req: MedusaRequest<unknown, StoreSearchSuggestionsQuery>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as unknown as StoreSearchSuggestionsQuery
  const searchModule = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const exact = await searchModule.search(productSuggestionsQuery(q, limit, false))
  const result = exact.hits.length ? exact : await searchModule.search(productSuggestionsQuery(q, limit, true))
  res.json({ query: q, suggestions: result.hits.map((hit) => hit.document) })
}
