import { describe, expect, it } from "vitest"
import { isSellerOpen } from "./seller-visibility"

const now = new Date("2026-06-15T08:00:00+07:00")

describe("isSellerOpen", () => {
  it("is open only when approved", () => {
    expect(isSellerOpen({ status: "approved" }, now)).toBe(true)
    for (const status of ["pending", "rejected", "suspended"]) expect(isSellerOpen({ status }, now)).toBe(false)
  })

  it("closes inside a seasonal closure and reopens after it", () => {
    const closure = { closed_from: "2026-06-01T00:00:00+07:00", closed_until: "2026-07-01T00:00:00+07:00" }
    expect(isSellerOpen({ status: "approved", ...closure }, now)).toBe(false)
    expect(isSellerOpen({ status: "approved", ...closure }, new Date("2026-07-01T00:00:00+07:00"))).toBe(true)
    expect(isSellerOpen({ status: "approved", ...closure }, new Date("2026-05-31T23:59:59+07:00"))).toBe(true)
  })

  it("treats a closure without an end as closed until reopened", () => {
    expect(isSellerOpen({ status: "approved", closed_from: "2026-06-01T00:00:00Z" }, now)).toBe(false)
  })
})
