import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Value = SearchTypes.SearchFilterValue
type Operators = SearchTypes.SearchOperatorMap<Value>

const OPERATORS = new Set(["$eq", "$ne", "$in", "$nin", "$lt", "$lte", "$gt", "$gte", "$exists", "$contains", "$overlaps", "$prefix", "$like"])

const refuse = (message: string): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider cannot filter: ${message}`)
}

/** A field name as Meilisearch's filter syntax reads it; dotted paths are fine, odd names are quoted. */
const attribute = (path: string) => (/^[\w.]+$/.test(path) ? path : refuse(`field name "${path}" has characters Meilisearch filters cannot address`))

/**
 * A literal: strings double-quoted with `"` and `\` escaped, numbers and booleans as they are,
 * dates as epoch milliseconds (how this provider stores date fields, see service.ts).
 */
export function literal(value: Value): string {
  if (value instanceof Date) return String(value.getTime())
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : refuse(`${value} is not a finite number`)
  if (typeof value === "boolean") return String(value)
  if (value === null) return refuse("null is compared with $exists: false")
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** On a date field, ISO strings compare as epoch milliseconds, like the stored values. */
function dateAware(value: Value, isDate: boolean): Value {
  return isDate && typeof value === "string" && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : value
}

function fieldPredicate(path: string, condition: unknown, dates: Set<string>): string {
  const name = attribute(path)
  const v = (value: Value) => literal(dateAware(value, dates.has(path)))
  const list = (values: Value[]) => `[${values.map(v).join(", ")}]`
  const isOperatorMap =
    condition !== null && typeof condition === "object" && !Array.isArray(condition) && !(condition instanceof Date)
  if (!isOperatorMap) {
    // A bare value (or a list of them): equality, which on an array field means membership.
    if (Array.isArray(condition)) return `${name} IN ${list(condition as Value[])}`
    return condition === null ? `${name} IS NULL` : `${name} = ${v(condition as Value)}`
  }
  const parts = Object.entries(condition as Operators).flatMap(([op, operand]): string[] | string => {
    if (!OPERATORS.has(op)) return refuse(`unknown operator ${op} on "${path}"`)
    switch (op) {
      case "$eq":
        return operand === null ? `${name} IS NULL` : `${name} = ${v(operand as Value)}`
      case "$ne":
        return operand === null ? `${name} IS NOT NULL` : `${name} != ${v(operand as Value)}`
      case "$in":
      case "$overlaps":
        // Meilisearch has no literal false: an empty list matches nothing.
        return (operand as Value[]).length ? `${name} IN ${list(operand as Value[])}` : `(${name} EXISTS AND ${name} NOT EXISTS)`
      case "$nin":
        return (operand as Value[]).length ? `${name} NOT IN ${list(operand as Value[])}` : []
      case "$lt":
        return `${name} < ${v(operand as Value)}`
      case "$lte":
        return `${name} <= ${v(operand as Value)}`
      case "$gt":
        return `${name} > ${v(operand as Value)}`
      case "$gte":
        return `${name} >= ${v(operand as Value)}`
      case "$exists":
        return operand ? `${name} EXISTS` : `${name} NOT EXISTS`
      case "$contains":
        return [operand as Value | Value[]].flat().map((value) => `${name} = ${v(value)}`).join(" AND ")
      default:
        // $prefix and $like: Meilisearch has no substring filter (the Search Module documents this).
        return refuse(`${op} on "${path}" (Meilisearch has no prefix or substring filter)`)
    }
  })
  return parts.length === 1 ? parts[0]! : parts.length ? `(${parts.join(" AND ")})` : ""
}

/**
 * The Search Module's filter tree as a Meilisearch filter expression. `q` is not a filter (the
 * module lifts it out); `$and`, `$or` and `$not` nest. Returns undefined when nothing filters.
 */
export function toMeilisearchFilter(filters: SearchTypes.SearchFilters | undefined, dates: Set<string> = new Set()): string | undefined {
  if (!filters) return undefined
  const compile = (branch: SearchTypes.SearchFilters): string => {
    const parts: string[] = []
    for (const [key, value] of Object.entries(branch)) {
      if (key === "q" || value === undefined) continue
      if (key === "$and" || key === "$or") {
        const nested = (value as SearchTypes.SearchFilters[]).map(compile).filter(Boolean)
        if (nested.length) parts.push(`(${nested.join(key === "$and" ? " AND " : " OR ")})`)
      } else if (key === "$not") {
        const nested = compile(value as SearchTypes.SearchFilters)
        if (nested) parts.push(`NOT (${nested})`)
      } else {
        const predicate = fieldPredicate(key, value, dates)
        if (predicate) parts.push(predicate)
      }
    }
    return parts.join(" AND ")
  }
  return compile(filters) || undefined
}
