/** Vietnam keeps GMT+7 all year; months and years of the books are Vietnamese ones, whatever the server's zone. */
const GMT7 = 7 * 60 * 60 * 1000

/** "2026-11" for an instant, in Vietnam. */
export const vietnamMonth = (at: Date) => new Date(at.getTime() + GMT7).toISOString().slice(0, 7)

/** The instant a Vietnamese month ("2026-11") starts, and the next one. */
export function vietnamMonthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split("-").map(Number)
  return { from: new Date(Date.UTC(y, m - 1, 1) - GMT7), to: new Date(Date.UTC(y, m, 1) - GMT7) }
}

/** 1 January, 00:00 in Vietnam, of the year `at` falls in there. */
export const vietnamYearStart = (at: Date) => new Date(Date.UTC(new Date(at.getTime() + GMT7).getUTCFullYear(), 0, 1) - GMT7)
