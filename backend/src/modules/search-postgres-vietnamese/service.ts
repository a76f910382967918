import type { SearchTypes } from "@medusajs/framework/types"
// The class itself (the package entry exports only the module provider wrapping it).
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { foldVietnamese } from "../../lib/search/fold-vietnamese"

/** The text search configuration this provider reads `medusa_search_<language>` from. */
export const VIETNAMESE_LANGUAGE = "vietnamese"

/**
 * Medusa's own Postgres search provider, told two things about Vietnamese.
 *
 * 1. A text search configuration `medusa_search_vietnamese`: `unaccent` then `simple`, so words
 *    are folded ("Vải" → "vai", "đ" → "d") and never stemmed (English stemming would turn
 *    "thiều"'s folded "thieu" or "ngan" into nonsense stems). search-postgres 2.21.2 creates only
 *    `medusa_search_english` in its migration and says "custom languages need a matching
 *    configuration": it is created here, right before the index that uses it, which is during
 *    `medusa db:migrate` (its search step) — no extra migration to order against Medusa's.
 * 2. Typo tolerance compares the query with `pg_trgm` against the raw `search_text`, which keeps
 *    the accents, so "vai thiu" would not be near "Vải thiều". The product index carries a folded
 *    copy of its words (`folded`, see search/product.ts) and the query is folded here the same
 *    way, so trigram similarity compares like with like. Folding the query changes nothing for
 *    the tsquery, which unaccents anyway.
 */
export class VietnameseSearchService extends PostgresSearchService {
  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    await this.ensureTextSearchConfig()
    return super.upsertIndex(input)
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    return super.search(input.q ? { ...input, q: foldVietnamese(input.q) } : input)
  }

  private async ensureTextSearchConfig(): Promise<void> {
    await this.manager_.execute(`
      DO $$
      BEGIN
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_${VIETNAMESE_LANGUAGE}') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_${VIETNAMESE_LANGUAGE} (COPY = simple);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_${VIETNAMESE_LANGUAGE}
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, simple;
        END IF;
      END
      $$;
    `)
  }
}
