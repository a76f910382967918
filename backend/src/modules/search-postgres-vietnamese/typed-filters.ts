import { MedusaError } from "@medusajs/framework/utils"
import type { TypedColumn } from "./typed-columns"

/**
 * The Search Module's filter tree as SQL on the typed columns: the same operators and meaning as
 * search-postgres' jsonb filters (utils/filters.js: a missing field satisfies `$ne` and `$nin`;
 * on an array field a bare value or `$in` means "contains any"). Values are bound one `?` each,
 * never spliced into the SQL.
 */
export type Sql = { sql: string; params: unknown[] }

type Operators = Record<string, unknown>

const fail = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

function cast(c: TypedColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (c.kind === "number") {
    const n = c.is_date && value instanceof Date ? value.getTime() : typeof value === "number" ? value : Number(value)
    if (Number.isNaN(n)) fail(`Cannot cast filter value for "${c.path}" to a number`)
    return n
  }
  if (c.kind === "boolean") return typeof value === "boolean" ? value : value === "true" ? true : value === "false" ? false : Boolean(value)
  return String(value)
}

/** `?, ?, ?` for the values, pushed onto params. */
function placeholders(c: TypedColumn, values: unknown[], params: unknown[]): string {
  params.push(...values.map((v) => cast(c, v)))
  return values.map(() => "?").join(", ")
}

function anyOf(c: TypedColumn, values: unknown[], params: unknown[]): string {
  const present = values.filter((v) => v !== null && v !== undefined)
  const parts: string[] = []
  if (present.length) parts.push(c.is_array ? `${c.column} && ARRAY[${placeholders(c, present, params)}]::text[]` : `${c.column} IN (${placeholders(c, present, params)})`)
  // Equality with null means the field is absent, as on the jsonb path.
  if (present.length < values.length) parts.push(`${c.column} IS NULL`)
  if (!parts.length) return "FALSE"
  return parts.length === 1 ? parts[0] : `(${parts.join(" OR ")})`
}

const list = (value: unknown) => (Array.isArray(value) ? value : [value])

function comparison(c: TypedColumn, op: string, value: unknown, params: unknown[]): string {
  if (c.is_array) fail(`Operator "${op}" is not supported on array field "${c.path}"`)
  params.push(cast(c, value))
  return `${c.column} ${op} ?`
}

function operator(c: TypedColumn, op: string, value: unknown, params: unknown[]): string {
  switch (op) {
    case "$eq":
    case "$in":
      return anyOf(c, list(value), params)
    case "$ne":
    case "$nin":
      return value === null || value === undefined ? `${c.column} IS NOT NULL` : `(${c.column} IS NULL OR NOT ${anyOf(c, list(value), params)})`
    case "$gt":
      return comparison(c, ">", value, params)
    case "$gte":
      return comparison(c, ">=", value, params)
    case "$lt":
      return comparison(c, "<", value, params)
    case "$lte":
      return comparison(c, "<=", value, params)
    case "$exists":
      return `${c.column} IS ${value ? "NOT " : ""}NULL`
    case "$contains":
    case "$overlaps": {
      if (!c.is_array) fail(`Operator ${op} on "${c.path}" needs an array field`)
      const values = list(value)
      if (!values.length) return "FALSE"
      return `${c.column} ${op === "$contains" ? "@>" : "&&"} ARRAY[${placeholders(c, values, params)}]::text[]`
    }
    case "$prefix":
    case "$like":
      if (c.is_array || c.kind !== "text") fail(`Operator "${op}" is not supported on field "${c.path}"`)
      params.push(op === "$prefix" ? `${String(value)}%` : String(value))
      return `${c.column} LIKE ?`
    default:
      return fail(`The postgres search provider does not support operator "${op}" on "${c.path}"`)
  }
}

/** Whether every field the filters name has a typed column (otherwise the jsonb path serves). */
export function filtersAreTyped(filters: Record<string, unknown> | undefined, columns: Map<string, TypedColumn>): boolean {
  if (!filters) return true
  return Object.entries(filters).every(([key, value]) => {
    if (key === "q") return true
    if (key === "$and" || key === "$or") return (value as Record<string, unknown>[]).every((branch) => filtersAreTyped(branch, columns))
    if (key === "$not") return filtersAreTyped(value as Record<string, unknown>, columns)
    return columns.has(key)
  })
}

/** The filters (without `q`) as a WHERE fragment on the typed columns, or undefined when none. */
export function typedWhere(filters: Record<string, unknown> | undefined, columns: Map<string, TypedColumn>): Sql | undefined {
  if (!filters) return undefined
  const params: unknown[] = []
  const compile = (branch: Record<string, unknown>): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q") continue
      if (key === "$and" || key === "$or") {
        const nested = ((value ?? []) as Record<string, unknown>[]).map(compile).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
        continue
      }
      if (key === "$not") {
        const nested = compile(value as Record<string, unknown>)
        if (nested) parts.push(`NOT (${nested})`)
        continue
      }
      const c = columns.get(key)!
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        parts.push(anyOf(c, list(value), params))
        continue
      }
      const ops = Object.keys(value as Operators).filter((k) => k.startsWith("$"))
      if (!ops.length) fail(`Empty operator map on filter field "${key}"`)
      const compiled = ops.map((op) => operator(c, op, (value as Operators)[op], params))
      parts.push(compiled.length === 1 ? compiled[0] : `(${compiled.join(" AND ")})`)
    }
    return parts.join(" AND ")
  }
  const sql = compile(filters)
  return sql ? { sql, params } : undefined
}
