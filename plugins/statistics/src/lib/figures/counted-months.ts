/** How far back orders and market payments are counted: the current month and the 11 before it. */
export const MONTHS = 12

/** The counted months (yyyy-mm), oldest first, ending with the month of `today` (yyyy-mm-dd). */
export function countedMonths(today: string): string[] {
  const [y, m] = today.split("-").map(Number)
  return Array.from({ length: MONTHS }, (_, i) => new Date(Date.UTC(y!, m! - MONTHS + i, 1)).toISOString().slice(0, 7))
}
