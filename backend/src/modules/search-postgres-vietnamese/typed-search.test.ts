import { describe, expect, it } from "vitest"
import type { TypedColumn } from "./typed-columns"
import { orderKeys, searchSql } from "./typed-search"

const columns = new Map<string, TypedColumn>([["created_at", { column: "t_created_at", is_array: false } as TypedColumn]])

describe("orderKeys", () => {
  it("ranks by score, then the next key, when there are words", () => {
    expect(orderKeys({ _score: "DESC", created_at: "DESC" }, columns, true)).toEqual([
      { expr: "score", dir: "DESC" },
      { expr: "t_created_at", dir: "DESC" },
    ])
  })

  it("leaves the (constant) score out without words, so the sort column's index serves the page", () => {
    expect(orderKeys({ _score: "DESC", created_at: "DESC" }, columns, false)).toEqual([{ expr: "t_created_at", dir: "DESC" }])
    expect(orderKeys({ _score: "DESC" }, columns, false)).toEqual([{ expr: `"id"`, dir: "ASC" }])
  })
})

describe("searchSql", () => {
  const typed = new Map<string, TypedColumn>([
    ["province", { column: "f_province", is_array: false } as TypedColumn],
    ["price_min", { column: "f_price_min", is_array: false } as TypedColumn],
  ])
  const statement = searchSql({
    scope: { table: "t", where: (params) => (params.push("vai"), "w = ?") },
    rank: () => "0",
    keys: [{ expr: `"id"`, dir: "ASC" }],
    take: 24,
    skip: 0,
    columns: typed,
    facets: [
      { field: "province", type: "value", query: "Tỉnh", limit: 40 },
      { field: "price_min", type: "range", ranges: [{ key: "a", to: 50 }, { key: "b", from: 50, to: 100 }, { key: "c", from: 100 }] },
      { field: "province", type: "value" },
    ],
    count: true,
  })

  it("binds every placeholder in the order it appears: matches, page, grouping flags, facets", () => {
    expect(statement.sql.match(/\?/g)).toHaveLength(statement.params.length)
    expect(statement.params).toEqual(["vai", 24, 0, 50, 50, 100, 100, "Tỉnh%", 40, 10])
  })

  it("groups the matches once, by each faceted column once and by one flag per range", () => {
    const grouping = statement.sql.match(/g AS MATERIALIZED \(SELECT (.*) FROM m GROUP BY ([\d, ]+)\)/)
    expect(grouping?.[1]).toBe("m.f_province AS g0, coalesce(m.f_price_min < ?, FALSE) AS g1, coalesce(m.f_price_min >= ? AND m.f_price_min < ?, FALSE) AS g2, coalesce(m.f_price_min >= ?, FALSE) AS g3, count(*)::int AS n")
    expect(grouping?.[2]).toBe("1, 2, 3, 4")
  })
})
