/** Cells counting 1 to 4 are not published: so few sellers, orders or stalls could be someone's own figures. */
export const SMALL_COUNT = 5

type Options<R> = {
  /** The count a row's cell rests on (sellers, orders, stalls paid). */
  count: (row: R) => number
  /**
   * Rows whose sum can be known from elsewhere (e.g. one month's orders by origin, whose total
   * equals that month's orders by destination). A group with one hidden cell would give it away by
   * subtraction, so a second cell, the smallest, is hidden too.
   */
  group?: (row: R) => string
  /** Rows hidden together when a group has no second cell to hide (e.g. all of that month). */
  fallback?: (row: R) => string
}

/** Which rows to suppress: small counts, then enough other cells that none can be worked out. */
export function suppressedRows<R>(rows: R[], { count, group, fallback }: Options<R>): Set<R> {
  const hidden = new Set(rows.filter((r) => count(r) > 0 && count(r) < SMALL_COUNT))
  if (!group) return hidden
  const groups = new Map<string, R[]>()
  for (const r of rows) groups.set(group(r), [...(groups.get(group(r)) ?? []), r])
  const hideAlongside = new Set<string>()
  for (const members of groups.values()) {
    if (members.filter((r) => hidden.has(r)).length !== 1) continue
    const partner = members.filter((r) => !hidden.has(r) && count(r) > 0).sort((a, b) => count(a) - count(b))[0]
    if (partner) hidden.add(partner)
    else if (fallback) hideAlongside.add(fallback(members[0]!))
  }
  if (fallback) for (const r of rows) if (hideAlongside.has(fallback(r)) && count(r) > 0) hidden.add(r)
  return hidden
}
