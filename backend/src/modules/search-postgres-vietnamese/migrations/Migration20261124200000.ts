import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What the provider's fast path (see ../typed-columns.ts and ../lexicon.ts) needs from Postgres:
 * - `search_pg_text_array(jsonb)`: a keyword array of the `indexed` document as `text[]`. A
 *   generated column may only call immutable functions, and a subquery is not allowed there, so
 *   the unnesting lives in this immutable SQL function.
 * - `fuzzystrmatch` for `levenshtein`: a typed word is corrected to the known words within one
 *   or two edits, which trigram similarity alone cannot tell apart ("thiu" is as near to
 *   "thien" as to "thieu").
 */
export class Migration20261124200000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;`)
    this.addSql(`
      CREATE OR REPLACE FUNCTION search_pg_text_array(value jsonb) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE jsonb_typeof(value)
          WHEN 'array' THEN ARRAY(SELECT jsonb_array_elements_text(value))
          WHEN 'null' THEN NULL
          ELSE ARRAY[value #>> '{}']
        END
      $$;
    `)
  }

  async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS search_pg_text_array(jsonb);`)
  }
}
