/**
 * A seller's orders grouped by when they ship: orders to ship now first, then pre-orders by
 * their expected ship date, soonest first. An order ships when its earliest pre-order line
 * does; an order without pre-order lines ships now.
 */
export function groupByShipDate<O extends { items: { expected_ship_date: string | null }[] }>(
  orders: O[]
): { ships_from: string | null; orders: O[] }[] {
  const groups = new Map<string | null, O[]>()
  for (const order of orders) {
    const dates = order.items.map((i) => i.expected_ship_date).filter((d): d is string => !!d).sort()
    const key = dates[0] ?? null
    groups.set(key, [...(groups.get(key) ?? []), order])
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)))
    .map(([ships_from, orders]) => ({ ships_from, orders }))
}
