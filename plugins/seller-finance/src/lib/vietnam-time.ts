import { businessDay } from "@nongsan/cho-qr/lib/market/business-day"

// Months and years of the books are Vietnamese ones (GMT+7 all year), whatever the server's zone;
// the day itself comes from cho-qr's businessDay, the one GMT+7 calendar the plugins share.

/** "2026-11" for an instant, in Vietnam. */
export const vietnamMonth = (at: Date) => businessDay(at).slice(0, 7)

/** The instant a Vietnamese day ("2026-11-01") starts. */
const vietnamMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`)

/** The instant a Vietnamese month ("2026-11") starts, and the next one. */
export function vietnamMonthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split("-").map(Number)
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7)
  return { from: vietnamMidnight(`${month}-01`), to: vietnamMidnight(`${next}-01`) }
}

/** 1 January, 00:00 in Vietnam, of the year `at` falls in there. */
export const vietnamYearStart = (at: Date) => vietnamMidnight(`${businessDay(at).slice(0, 4)}-01-01`)
