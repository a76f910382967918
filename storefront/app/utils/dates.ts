const VN_TZ = "Asia/Ho_Chi_Minh"

/**
 * "20/5", "20.05", "2005" → "05-20" (harvest windows are month-day, no year); null if not a day
 * of every year (29/2 included: a window must open and close every year).
 */
export function parseDayMonth(text: string): string | null {
  const t = text.trim()
  if (!t) return null
  let parts = t.split(/[^\d]+/).filter(Boolean)
  if (parts.length === 1 && parts[0]!.length === 4) parts = [parts[0]!.slice(0, 2), parts[0]!.slice(2)]
  if (parts.length !== 2) return null
  const [d, m] = parts.map(Number) as [number, number]
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1]!)) return null
  return `${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
}

/** "05-20" → "20/05", how it is shown and typed. */
export function formatDayMonth(monthDay: string | null | undefined): string {
  const m = monthDay?.match(/^(\d{2})-(\d{2})$/)
  return m ? `${m[2]}/${m[1]}` : ""
}

/** An instant from the API → "YYYY-MM-DD" for <input type="date">, as the day in Vietnam. */
export function toDateInput(iso: string | null | undefined): string {
  if (!iso) return ""
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat("en-CA", { timeZone: VN_TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(date)
}

/** "YYYY-MM-DD" from a date input → the start of that day in Vietnam (GMT+7, no DST). */
export function fromDateInput(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+07:00` : null
}

/** An instant → "01/12/2026", the date in Vietnam. */
export function formatVnDate(iso: string | null | undefined): string {
  if (!iso) return ""
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat("vi-VN", { timeZone: VN_TZ, day: "2-digit", month: "2-digit", year: "numeric" }).format(date)
}

/** Whether a seasonal closure covers now (same rule as the backend's isSellerOpen). */
export function isClosedNow(from: string | null | undefined, until: string | null | undefined, now = new Date()): boolean {
  if (!from && !until) return false
  const afterStart = !from || new Date(from) <= now
  const beforeEnd = !until || now < new Date(until)
  return afterStart && beforeEnd
}

/**
 * "YYYY-MM-DD" (a calendar day, no time zone: harvest, packing, certificate dates) →
 * "20/05/2026", or "20 May 2026" in English; "" for no day.
 */
export function formatCalendarDate(day: string | null | undefined, locale = "vi"): string {
  if (!day) return ""
  const m = day.match(/^(\d{4})-(\d{2})-(\d{2})$/)
  if (!m) return day
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  const options: Intl.DateTimeFormatOptions =
    locale === "en" ? { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" } : { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", options).format(date)
}
