import type { SearchTypes } from "@medusajs/framework/types"
// The class itself (the package entry exports only the module provider wrapping it).
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { foldVietnamese } from "../../lib/search/fold-vietnamese"

/**
 * Medusa's own Postgres search provider, told two things about Vietnamese.
 *
 * 1. It runs with `language: "vietnamese"`, i.e. the text search configuration
 *    `medusa_search_vietnamese` (unaccent, then simple: no English stemming) that this folder's
 *    migration creates; search-postgres 2.21.2 creates only `medusa_search_english`.
 * 2. Typo tolerance compares the query with `pg_trgm` against the raw `search_text`, which keeps
 *    its accents, so "vai thiu" would not be near "Vải thiều". The product index carries a folded
 *    copy of its words (`folded`, see search/product.ts) and the query is folded here the same
 *    way, so trigram similarity compares like with like. Folding the query changes nothing for
 *    the tsquery, which unaccents anyway.
 */
export class VietnameseSearchService extends PostgresSearchService {
  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    return super.search(input.q ? { ...input, q: foldVietnamese(input.q) } : input)
  }
}
