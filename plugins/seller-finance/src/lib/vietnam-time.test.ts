import { describe, expect, it } from "vitest"
import { vietnamMonth, vietnamMonthRange, vietnamYearStart } from "./vietnam-time"

describe("Vietnamese months", () => {
  it("puts 31 Oct 18:00 UTC in November (01:00 in Hà Nội)", () => {
    expect(vietnamMonth(new Date("2026-10-31T18:00:00Z"))).toBe("2026-11")
    expect(vietnamMonth(new Date("2026-10-31T16:59:59Z"))).toBe("2026-10")
  })
  it("bounds a month and a year in GMT+7", () => {
    expect(vietnamMonthRange("2026-12")).toEqual({ from: new Date("2026-11-30T17:00:00Z"), to: new Date("2026-12-31T17:00:00Z") })
    expect(vietnamYearStart(new Date("2026-12-31T18:00:00Z"))).toEqual(new Date("2026-12-31T17:00:00Z"))
  })
})
