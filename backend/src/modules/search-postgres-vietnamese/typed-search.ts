/**
 * One statement per keyword search on the typed columns (see typed-columns.ts):
 * - the matches `m`: ids, score, sort keys and facet columns only, read once;
 * - the page: the best `take` of `m`, and only then the wide `document` of those few rows
 *   (search-postgres reads the document of every match first: half a second for 8.5k matches
 *   at 100k products);
 * - count and every facet aggregated from the same `m` (search-postgres runs one statement per
 *   facet and one for the count, each scanning the matches again).
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { TypedColumn } from "./typed-columns"
import type { Sql } from "./typed-filters"

/** What every statement shares: the table and the WHERE of the matches. */
export type Scope = { table: string; where: (params: unknown[]) => string }

/** A facet request as search-postgres' `normalizeFacetRequests` returns it. */
export type FacetRequest = {
  field: string
  type: "value" | "range" | "stats"
  limit?: number
  sort?: "count" | "alpha"
  query?: string
  ranges?: { key: string; from?: number; to?: number }[]
}

/**
 * `ORDER BY` keys: a score or a typed column, each with its direction. Without words every score
 * is the same 0, and a constant ahead of the sort column keeps Postgres from walking that
 * column's btree: it sorted all 40k matches of a category at 100k products to show 24. So the
 * score is left out then ("relevance" without words is the next key, newest first).
 */
export function orderKeys(order: Record<string, SearchTypes.SearchOrderBy> | undefined, columns: Map<string, TypedColumn>, hasScore: boolean) {
  const entries = Object.entries(order ?? {}).filter(([field]) => hasScore || field !== "_score")
  if (!entries.length) return hasScore ? [{ expr: "score", dir: "DESC" }, { expr: `"id"`, dir: "ASC" }] : [{ expr: `"id"`, dir: "ASC" }]
  return entries.map(([field, direction]) => {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (field === "_score") return { expr: "score", dir }
    const column = columns.get(field)
    if (!column || column.is_array) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The postgres search provider cannot sort by "${field}"`)
    return { expr: column.column, dir }
  })
}

const facetColumn = (columns: Map<string, TypedColumn>, field: string) => {
  const column = columns.get(field)
  if (!column) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Field "${field}" is not facetable on the postgres search provider`)
  return column
}

/**
 * The facets' grouping keys. Every match is grouped once by all of them (`g`: one row per
 * combination, with its count `n`) and each facet is then summed from those few rows: one pass
 * over the matches instead of one per facet (the whole statement for the 10k matches of
 * "mat ong" at 100k products: 37 → 34 ms, median of 10). A range facet groups by one "in this
 * range" flag per range (ranges may overlap); a stats facet needs the values and reads `m`.
 */
type FacetKeys = { keys: string[]; column: (expr: string) => string; flag: (expr: string) => string }

function facetKeys(): FacetKeys {
  const keys: string[] = []
  const add = (expr: string) => `g${keys.push(expr) - 1}`
  return {
    keys,
    // A column faceted twice is grouped by once.
    column: (expr) => (keys.includes(expr) ? `g${keys.indexOf(expr)}` : add(expr)),
    // Two flags read alike but bind different bounds: never shared.
    flag: add,
  }
}

/** A range's "value is in it" flag over `m`, its bounds pushed onto params. */
function rangeFlag(column: string, range: NonNullable<FacetRequest["ranges"]>[number], params: unknown[]): string {
  const bounds: string[] = []
  if (range.from !== undefined) {
    params.push(range.from)
    bounds.push(`${column} >= ?`)
  }
  if (range.to !== undefined) {
    params.push(range.to)
    bounds.push(`${column} < ?`)
  }
  return `coalesce(${bounds.join(" AND ") || "TRUE"}, FALSE)`
}

/** One facet as a jsonb aggregate over the grouped matches `g` (or the matches `m` for stats). */
function facetSelect(request: FacetRequest, column: TypedColumn, keys: FacetKeys, groupParams: unknown[], params: unknown[]): string {
  const col = `m.${column.column}`
  if (request.type === "stats") {
    return `(SELECT jsonb_build_object('min', min(${col}), 'max', max(${col}), 'avg', avg(${col}), 'sum', sum(${col}), 'count', count(*)) FROM m)`
  }
  if (request.type === "range") {
    const counts = (request.ranges ?? []).map((range, i) => `'r${i}', coalesce(sum(n) FILTER (WHERE ${keys.flag(rangeFlag(col, range, groupParams))}), 0)`)
    return `(SELECT jsonb_build_object(${counts.join(", ")}) FROM g)`
  }
  const grouped = keys.column(col)
  // An array is counted whole per group (most products have one category, a few certifications),
  // and only those few arrays are unnested.
  const value = column.is_array ? "v.value" : `${grouped}::text`
  const from = column.is_array ? `g, unnest(g.${grouped}) AS v(value)` : "g"
  const conditions = [`${value} IS NOT NULL`]
  if (request.query) {
    params.push(`${request.query}%`)
    conditions.push(`${value} LIKE ?`)
  }
  params.push(request.limit ?? 10)
  const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
  return `(SELECT coalesce(jsonb_agg(jsonb_build_object('value', value, 'count', count) ORDER BY ${order}), '[]'::jsonb)
           FROM (SELECT ${value} AS value, sum(g.n)::int AS count FROM ${from} WHERE ${conditions.join(" AND ")} GROUP BY 1 ORDER BY ${order} LIMIT ?) f)`
}

export type SearchStatement = {
  scope: Scope
  rank: (params: unknown[]) => string
  keys: { expr: string; dir: string }[]
  take: number
  skip: number
  columns: Map<string, TypedColumn>
  facets: FacetRequest[]
  count: boolean
  /** Also return `best_words`, the words of the best hit (for "did you mean"). */
  bestHitWords?: boolean
}

/**
 * The statement: one row of `hits` (jsonb array of {id, score, document}), `count` (null when
 * not asked for), `best_words` and `f0…fn` (one jsonb per facet request). `m` is materialized only when
 * totals are asked for; otherwise the page is planned as a plain ordered, limited scan, which
 * a btree on the sort column serves without reading every match.
 */
export function searchSql(s: SearchStatement): Sql {
  const params: unknown[] = []
  // Placeholders in the order they appear: the score, the WHERE, the page, then (below) the
  // grouping keys and the facets.
  const score = s.rank(params)
  const where = s.scope.where(params)
  params.push(s.take, s.skip)
  // Output names, so that ORDER BY refers to the score without repeating its expression.
  const names = s.keys.map((k, i) => (k.expr === "score" ? "score" : `s${i}`))
  const sortColumns = s.keys.flatMap((k, i) => (k.expr === "score" ? [] : [`${k.expr} AS s${i}`]))
  const facetColumns = [...new Set(s.facets.map((r) => facetColumn(s.columns, r.field).column))]
  const order = (prefix: string) => s.keys.map((k, i) => `${prefix}${names[i]} ${k.dir} NULLS LAST`).join(", ")
  const totals = s.count || s.facets.length > 0
  const keys = facetKeys()
  const groupParams: unknown[] = []
  const facetParams: unknown[] = []
  const facetSelects = s.facets.map((request, i) => `${facetSelect(request, facetColumn(s.columns, request.field), keys, groupParams, facetParams)} AS f${i}`)
  const selects = [
    `(SELECT coalesce(jsonb_agg(jsonb_build_object('id', page.id, 'score', page.score, 'document', t.document) ORDER BY ${order("page.")}), '[]'::jsonb)
      FROM page JOIN "${s.scope.table}" t ON t."id" = page."id") AS hits`,
    s.count ? "(SELECT coalesce(sum(n), 0)::int FROM g) AS count" : "NULL::int AS count",
    s.bestHitWords
      ? `(SELECT tsvector_to_array(t.search_vector) FROM page JOIN "${s.scope.table}" t ON t."id" = page."id" ORDER BY ${order("page.")} LIMIT 1) AS best_words`
      : "NULL::text[] AS best_words",
    ...facetSelects,
  ]
  // Placeholders in the order they appear: the grouping keys' range bounds, then the facets'.
  params.push(...groupParams, ...facetParams)
  const grouped = keys.keys.map((expr, i) => `${expr} AS g${i}`)
  const groups = totals
    ? `,
          g AS MATERIALIZED (SELECT ${[...grouped, "count(*)::int AS n"].join(", ")} FROM m${grouped.length ? ` GROUP BY ${grouped.map((_, i) => i + 1).join(", ")}` : ""})`
    : ""
  return {
    sql: `WITH m AS ${totals ? "MATERIALIZED" : "NOT MATERIALIZED"} (
            SELECT "id", ${score} AS score${[...sortColumns, ...facetColumns].map((c) => `, ${c}`).join("")}
            FROM "${s.scope.table}" WHERE ${where}
          ),
          page AS (SELECT id, score${names.filter((n) => n !== "score").map((n) => `, ${n}`).join("")} FROM m ORDER BY ${order("")} LIMIT ? OFFSET ?)${groups}
          SELECT ${selects.join(",\n")}`,
    params,
  }
}

/** A facet of searchSql's row as the rows search-postgres' `mapFacetResult` expects per facet. */
export function facetRows(request: FacetRequest, value: any): Record<string, unknown>[] {
  if (request.type === "value") return value ?? []
  return [value ?? {}]
}
