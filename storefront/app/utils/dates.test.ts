import { describe, expect, it } from "vitest"
import { formatCalendarDate, formatDayMonth, formatVnDate, fromDateInput, isClosedNow, parseDayMonth, toDateInput } from "./dates"

describe("harvest window days", () => {
  it("reads day/month as Vietnamese write it", () => {
    expect(parseDayMonth("20/5")).toBe("05-20")
    expect(parseDayMonth("01.06")).toBe("06-01")
    expect(parseDayMonth("2005")).toBe("05-20")
    expect(parseDayMonth("28/02")).toBe("02-28")
    expect(parseDayMonth("29/02")).toBeNull()
    expect(parseDayMonth("31/04")).toBeNull()
    expect(parseDayMonth("5")).toBeNull()
    expect(parseDayMonth("")).toBeNull()
    expect(formatDayMonth("05-20")).toBe("20/05")
  })
})

describe("closure dates", () => {
  it("is the day in Vietnam, whatever the browser's time zone", () => {
    expect(fromDateInput("2026-12-01")).toBe("2026-12-01T00:00:00+07:00")
    expect(toDateInput("2026-11-30T17:00:00.000Z")).toBe("2026-12-01")
    expect(formatVnDate("2026-11-30T17:00:00.000Z")).toBe("01/12/2026")
    expect(fromDateInput("")).toBeNull()
  })
  it("knows whether a closure covers now", () => {
    const now = new Date("2026-12-05T00:00:00Z")
    expect(isClosedNow("2026-12-01T00:00:00+07:00", "2027-01-01T00:00:00+07:00", now)).toBe(true)
    expect(isClosedNow("2026-12-10T00:00:00+07:00", null, now)).toBe(false)
    expect(isClosedNow("2026-12-01T00:00:00+07:00", null, now)).toBe(true)
    expect(isClosedNow(null, null, now)).toBe(false)
  })
})

describe("formatCalendarDate", () => {
  it("shows a calendar day as it is, whatever the time zone", () => {
    expect(formatCalendarDate("2026-05-20", "vi")).toBe("20/05/2026")
    expect(formatCalendarDate("2026-05-20", "en")).toBe("20 May 2026")
    expect(formatCalendarDate("soon", "vi")).toBe("soon")
    expect(formatCalendarDate("2026-06-12")).toBe("12/06/2026")
    expect(formatCalendarDate(null)).toBe("")
  })
})
