import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { productSuggestionsQuery } from "../../../../lib/search/product-search-query"
import type { StoreSearchSuggestionsQuery } from "../validators"

/** Typeahead suggestions for the search box: product titles matching what is typed so far. */
export async function GET(req: MedusaRequest<unknown, StoreSearchSuggestionsQuery>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as unknown as StoreSearchSuggestionsQuery
  const searchModule = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  const result = await searchModule.search(productSuggestionsQuery(q, limit))
  res.json({ query: q, suggestions: result.hits.map((hit) => hit.document) })
}
