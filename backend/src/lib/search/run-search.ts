import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { bilingual } from "@nongsan/farmer-household/lib/validation"

/**
 * Runs a shop search through the Search Module. Right after a first start (or a switch of
 * provider) the index is still being filled and the module answers "not found": the buyer gets a
 * bilingual "try again shortly" (503) rather than a confusing 404, and the caller gets null.
 */
export async function runSearch(req: MedusaRequest, res: MedusaResponse, query: SearchTypes.SearchQuery): Promise<SearchTypes.SearchResult | null> {
  const searchModule = req.scope.resolve<ISearchModuleService>(Modules.SEARCH)
  try {
    return await searchModule.search(query)
  } catch (error) {
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_FOUND) {
      res.status(503).json({
        type: "unavailable",
        message: bilingual("Tìm kiếm đang được chuẩn bị, vui lòng thử lại sau ít phút", "Search is being prepared, please try again in a few minutes"),
      })
      return null
    }
    throw error
  }
}

/**
 * The words as typed first; near misses ("vai thiu") only when those found nothing, so a word
 * that exists is never traded for a neighbour. On Postgres the near-miss query corrects the
 * words against the index's lexicon first (one extra indexed lookup); Meilisearch does both in
 * one. `build(typos)` makes the query; without words there is nothing to misspell.
 */
export async function runSearchWithNearMisses(
  req: MedusaRequest,
  res: MedusaResponse,
  build: (typos: boolean) => SearchTypes.SearchQuery
): Promise<SearchTypes.SearchResult | null> {
  const query = build(false)
  const exact = await runSearch(req, res, query)
  if (!exact || !query.filters?.q || exact.hits.length || exact.metadata.count) return exact
  return runSearch(req, res, build(true))
}
