import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The text search configuration `medusa_search_vietnamese` the provider reads with
 * `language: "vietnamese"`: every word unaccented ("Vải" → "vai", "đ" → "d"), then lower-cased
 * by the `simple` dictionary — no stemming, which is English-only and would mangle folded
 * Vietnamese syllables. search-postgres ships only `medusa_search_english`.
 */
export class Migration20261124090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_vietnamese') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_vietnamese (COPY = simple);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_vietnamese
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, simple;
        END IF;
      END
      $$;
    `)
  }

  async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_vietnamese;`)
  }
}
