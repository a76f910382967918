// Vietnam keeps GMT+7 all year; the market day is computed from that offset explicitly, never
// from the server's time zone.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The market day (yyyy-mm-dd in Vietnam) an instant falls on. */
export function businessDay(at: Date = new Date()): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

export const BUSINESS_DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
