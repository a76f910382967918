// Days relative to today in Việt Nam, for tests that set harvest windows around "now" and so
// hold on any day of the year.

/** The day in Việt Nam `offset` days from now, "YYYY-MM-DD"; 29 February (never a window day) moves to 1 March. */
export function vnDay(offset: number): string {
  const day = new Date(Date.now() + 7 * 3600_000 + offset * 86400_000).toISOString().slice(0, 10)
  return day.endsWith("-02-29") ? `${day.slice(0, 4)}-03-01` : day
}

/** The month-day of vnDay(offset), as harvest windows take it: "MM-DD". */
export const md = (offset: number) => vnDay(offset).slice(5)

/** "2027-06-10" → "10/6", as the shop and the messages write it. */
export const dm = (day: string) => `${Number(day.slice(8))}/${Number(day.slice(5, 7))}`
