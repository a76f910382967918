import { describe, expect, it } from "vitest"
import { addMonths, isCalendarDate, vietnamToday } from "../calendar-date"

describe("vietnamToday", () => {
  it("is the date at GMT+7, whatever the process time zone", () => {
    expect(vietnamToday(new Date("2025-06-30T16:59:59Z"))).toBe("2025-06-30")
    expect(vietnamToday(new Date("2025-06-30T17:00:00Z"))).toBe("2025-07-01")
    expect(vietnamToday(new Date("2025-12-31T23:30:00-05:00"))).toBe("2026-01-01")
  })
})

describe("addMonths", () => {
  it("adds calendar months, keeping the day", () => {
    expect(addMonths("2025-06-05", 36)).toBe("2028-06-05")
    expect(addMonths("2025-11-30", 3)).toBe("2026-02-28")
  })

  it("falls back to the last day of a shorter month", () => {
    expect(addMonths("2024-02-29", 36)).toBe("2027-02-28")
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28")
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28")
  })
})

describe("isCalendarDate", () => {
  it("accepts real ISO dates only", () => {
    expect(isCalendarDate("2025-02-28")).toBe(true)
    expect(isCalendarDate("2024-02-29")).toBe(true)
    for (const bad of ["2025-02-29", "2025-13-01", "2025-2-3", "05/06/2025", "2025-06-05T00:00:00Z", ""]) {
      expect(isCalendarDate(bad), bad).toBe(false)
    }
  })
})
