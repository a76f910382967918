/**
 * Calendar dates ("YYYY-MM-DD") as Vietnam reads them. A certificate's decision and expiry are
 * days on a Vietnamese calendar, not instants; they are stored and compared as ISO strings, and
 * "today" is computed at GMT+7 explicitly (Vietnam has no daylight saving time), never from the
 * process time zone.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today's date in Vietnam (GMT+7) at the instant `now`. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whether a string is a real calendar date in ISO form (2025-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return date.toISOString().slice(0, 10) === value
}

/**
 * The same day `months` later; a day the target month lacks falls back to its last day
 * (2024-02-29 + 36 months = 2027-02-28).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number)
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d, lastDay))
  return first.toISOString().slice(0, 10)
}
