/**
 * The statements of a keyword search on the typed columns (see typed-columns.ts):
 * - the page: ids and scores of the matches, ordered and limited, and only then the wide
 *   `document` of those few rows (search-postgres reads the document of every match first:
 *   half a second for 8.5k matches at 100k products);
 * - count and facets in one pass: the matches' typed columns are read once into a
 *   materialized CTE and every facet and the count are aggregated from it (search-postgres
 *   runs one statement per facet, each scanning the matches again).
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

/** `ORDER BY` keys: a score or a typed column, each with its direction. */
export function orderKeys(order: Record<string, SearchTypes.SearchOrderBy> | undefined, columns: Map<string, TypedColumn>, hasScore: boolean) {
  const entries = Object.entries(order ?? {})
  if (!entries.length) return hasScore ? [{ expr: "score", dir: "DESC" }, { expr: `"id"`, dir: "ASC" }] : [{ expr: `"id"`, dir: "ASC" }]
  return entries.map(([field, direction]) => {
    const dir = direction === "ASC" ? "ASC" : "DESC"
    if (field === "_score") return { expr: "score", dir }
    const column = columns.get(field)
    if (!column || column.is_array) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The postgres search provider cannot sort by "${field}"`)
    return { expr: column.column, dir }
  })
}

/**
 * The page: the inner statement touches only the GIN/btree indexes, the tsvector (for the
 * score) and the sort columns; the outer one reads `document` for the returned rows only.
 */
export function pageSql(scope: Scope, rank: (params: unknown[]) => string, keys: { expr: string; dir: string }[], take: number, skip: number): Sql {
  const params: unknown[] = []
  // Placeholders in the order they appear: the score in the SELECT list, then the WHERE.
  const score = rank(params)
  const where = scope.where(params)
  params.push(take, skip)
  // Output names, so that ORDER BY refers to the score without repeating its expression.
  const names = keys.map((k, i) => (k.expr === "score" ? "score" : `s${i}`))
  const sortColumns = keys.flatMap((k, i) => (k.expr === "score" ? [] : [`${k.expr} AS s${i}`]))
  const order = (prefix: string) => keys.map((k, i) => `${prefix}${names[i]} ${k.dir} NULLS LAST`).join(", ")
  return {
    sql: `SELECT page.id, page.score, t.document
          FROM (SELECT "id", ${score} AS score${sortColumns.map((c) => `, ${c}`).join("")} FROM "${scope.table}"
                WHERE ${where} ORDER BY ${order("")} LIMIT ? OFFSET ?) page
          JOIN "${scope.table}" t ON t."id" = page."id"
          ORDER BY ${order("page.")}`,
    params,
  }
}

const facetColumn = (columns: Map<string, TypedColumn>, field: string) => {
  const column = columns.get(field)
  if (!column) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Field "${field}" is not facetable on the postgres search provider`)
  return column
}

/** One facet as a jsonb aggregate over the materialized matches `m`. */
function facetSelect(request: FacetRequest, column: TypedColumn, params: unknown[]): string {
  const col = `m.${column.column}`
  if (request.type === "stats") {
    return `(SELECT jsonb_build_object('min', min(${col}), 'max', max(${col}), 'avg', avg(${col}), 'sum', sum(${col}), 'count', count(*)) FROM m)`
  }
  if (request.type === "range") {
    const counts = (request.ranges ?? []).map((range, i) => {
      const bounds: string[] = []
      if (range.from !== undefined) {
        params.push(range.from)
        bounds.push(`${col} >= ?`)
      }
      if (range.to !== undefined) {
        params.push(range.to)
        bounds.push(`${col} < ?`)
      }
      return `'r${i}', count(*) FILTER (WHERE ${bounds.join(" AND ") || "TRUE"})`
    })
    return `(SELECT jsonb_build_object(${counts.join(", ")}) FROM m)`
  }
  const value = column.is_array ? "v.value" : `${col}::text`
  const from = column.is_array ? `m, unnest(${col}) AS v(value)` : "m"
  const conditions = [`${value} IS NOT NULL`]
  if (request.query) {
    params.push(`${request.query}%`)
    conditions.push(`${value} LIKE ?`)
  }
  params.push(request.limit ?? 10)
  const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
  return `(SELECT coalesce(jsonb_agg(jsonb_build_object('value', value, 'count', count) ORDER BY ${order}), '[]'::jsonb)
           FROM (SELECT ${value} AS value, count(*)::int AS count FROM ${from} WHERE ${conditions.join(" AND ")} GROUP BY 1 ORDER BY ${order} LIMIT ?) f)`
}

/** Count and facets in one statement; `count` null when not asked for. */
export function countAndFacetsSql(scope: Scope, columns: Map<string, TypedColumn>, requests: FacetRequest[], count: boolean): Sql {
  const params: unknown[] = []
  const where = scope.where(params)
  const used = [...new Set(requests.map((r) => facetColumn(columns, r.field).column))]
  const selects = [count ? "(SELECT count(*)::int FROM m) AS count" : "NULL::int AS count"]
  requests.forEach((request, i) => selects.push(`${facetSelect(request, facetColumn(columns, request.field), params)} AS f${i}`))
  return {
    sql: `WITH m AS MATERIALIZED (SELECT ${used.length ? used.join(", ") : "1 AS one"} FROM "${scope.table}" WHERE ${where})
          SELECT ${selects.join(", ")}`,
    params,
  }
}

/** A row of countAndFacetsSql as the rows search-postgres' `mapFacetResult` expects per facet. */
export function facetRows(request: FacetRequest, value: any): Record<string, unknown>[] {
  if (request.type === "value") return value ?? []
  return [value ?? {}]
}
