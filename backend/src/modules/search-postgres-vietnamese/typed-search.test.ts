import { describe, expect, it } from "vitest"
import type { TypedColumn } from "./typed-columns"
import { orderKeys } from "./typed-search"

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
