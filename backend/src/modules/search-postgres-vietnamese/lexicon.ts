/**
 * Typo tolerance through a lexicon: the distinct words (tsvector lexemes, already folded:
 * "vải" → "vai") of an index's documents and how many documents hold each, in a table of
 * their own with a trigram index.
 * search-postgres compares the query with every document's text by `word_similarity` (a full
 * scan: over a minute per query at 100k products). Here each typed word is corrected to the
 * nearest known words through the trigram index of a table of a few thousand rows, and the
 * corrected words run as an ordinary tsquery on the GIN index, like any other search. The
 * correction is also what a "did you mean" shows.
 */
import type { Sql } from "./typed-filters"

export const lexiconTable = (table: string) => `${table}_lexicon`

/** Creating the lexicon of a document table, and filling it from the documents already there. */
export function lexiconStatements(table: string): string[] {
  const lexicon = lexiconTable(table)
  return [
    `CREATE TABLE IF NOT EXISTS "${lexicon}" ("word" text PRIMARY KEY, "documents" integer NOT NULL)`,
    `CREATE INDEX IF NOT EXISTS "${lexicon}_trgm_idx" ON "${lexicon}" USING GIN ("word" gin_trgm_ops)`,
    // ts_stat reads every document's lexemes once; only when the lexicon is new (an index
    // created before the lexicon existed), not on every start.
    `INSERT INTO "${lexicon}" ("word", "documents")
       SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM "${table}"')
       WHERE NOT EXISTS (SELECT 1 FROM "${lexicon}")
       ON CONFLICT DO NOTHING`,
  ]
}

/**
 * Adds the new words of freshly written documents. Counts of known words are left as they are
 * (they only rank spellings, rewriting the same document must not inflate them), and words are
 * never removed: a stale one only corrects to nothing.
 */
export function addWordsSql(table: string, ids: string[]): Sql {
  return {
    sql: `INSERT INTO "${lexiconTable(table)}" ("word", "documents")
          SELECT word, count(*) FROM "${table}", unnest(tsvector_to_array(search_vector)) AS word
          WHERE "id" IN (${ids.map(() => "?").join(", ")}) GROUP BY word
          ON CONFLICT DO NOTHING`,
    params: ids,
  }
}

/** The words of a folded query as the tsvector parser sees them (letters and digits). */
export const queryWords = (folded: string) => folded.split(/[^a-z0-9]+/).filter(Boolean)

/** Edits a word may be away from what was typed: none below 3 letters, two from 8 on. */
export const allowedEdits = (word: string) => (word.length < 3 ? 0 : word.length < 8 ? 1 : 2)

/**
 * For each typed word, the known words within its allowed edits, nearest first (the word itself
 * at distance 0 when known), the more common first among equally near ones ("thiu" is one edit
 * from "thieu", "thit" and "thi"; the shop sells far more vải thiều). Trigram similarity (`%`,
 * through the GIN index) finds the candidates; Levenshtein distance decides, since similarity
 * alone ranks "thien" as near to "thiu" as "thieu".
 */
export function correctionsSql(table: string, words: string[]): Sql {
  const maxEdits = words.map(allowedEdits)
  return {
    sql: `SELECT typed.word AS typed, near.word, near.edits
          FROM unnest(ARRAY[${words.map(() => "?").join(", ")}]::text[], ARRAY[${words.map(() => "?").join(", ")}]::int[]) AS typed(word, max_edits)
          CROSS JOIN LATERAL (
            SELECT l.word, l.documents, levenshtein(l.word, typed.word) AS edits
            FROM "${lexiconTable(table)}" l
            WHERE l.word % typed.word OR l.word = typed.word
          ) near
          WHERE near.edits <= typed.max_edits
          ORDER BY typed.word, near.edits, near.documents DESC, near.word`,
    params: [...words, ...maxEdits],
  }
}

export type Correction = { typed: string; word: string; edits: number }

/** A tsquery lexeme literal: the lexicon holds parser output, quoted all the same. */
const lexeme = (word: string, prefix: boolean) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${prefix ? ":*" : ""}`

/** At most this many spellings per typed word: enough for ties, few enough to stay precise. */
const SPELLINGS = 3

/**
 * The corrected tsquery: each word ORed with its nearest spellings, the words ANDed (ORed for
 * `match_strategy: "any"`; for `"last"` the last word's spellings are prefixes, as typeahead
 * wants), and each word's spellings, nearest and most common first. Null when nothing can
 * match: a word without any near spelling while every word must match, or no words at all.
 */
export function correctedQuery(words: string[], corrections: Correction[], strategy: "all" | "any" | "last" = "all"): { tsquery: string; spellings: string[][] } | null {
  const groups: string[] = []
  const spellings: string[][] = []
  for (const [i, typed] of words.entries()) {
    const prefix = strategy === "last" && i === words.length - 1
    const near = corrections.filter((c) => c.typed === typed)
    const nearest = near.filter((c) => c.edits === near[0]?.edits).slice(0, SPELLINGS).map((c) => c.word)
    // A half-typed last word is a prefix of itself, whether the lexicon knows it or not.
    if (prefix && !nearest.includes(typed)) nearest.unshift(typed)
    spellings.push(nearest)
    if (nearest.length) groups.push(`(${nearest.map((w) => lexeme(w, prefix)).join(" | ")})`)
    else if (strategy !== "any") return null
  }
  return groups.length ? { tsquery: groups.join(strategy === "any" ? " | " : " & "), spellings } : null
}

/**
 * "Did you mean": for each typed word, a spelling the best hit holds, else its most likely
 * spelling, else the word as typed. Among spellings the hit holds, one no shorter than the typed
 * word comes first: a buyer typing without accents drops letters more often than adding one
 * ("thiu" for "thiều"), and the best hit for "vai thiu" may hold "thi" too (from "thị xã").
 */
export function didYouMean(words: string[], spellings: string[][], bestHitWords: string[]): string {
  const held = new Set(bestHitWords)
  return words
    .map((typed, i) => {
      const heldSpellings = (spellings[i] ?? []).filter((w) => held.has(w))
      return heldSpellings.find((w) => w.length >= typed.length) ?? heldSpellings[0] ?? spellings[i]?.[0] ?? typed
    })
    .join(" ")
}
