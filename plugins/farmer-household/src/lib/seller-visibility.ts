export type SellerAvailability = {
  status: string
  closed_from?: Date | string | null
  closed_until?: Date | string | null
}

/**
 * Whether a seller's products belong in the shop now: approved, and not inside a seasonal
 * closure. A closure with only a start date lasts until the seller reopens.
 */
export function isSellerOpen(seller: SellerAvailability, now = new Date()): boolean {
  if (seller.status !== "approved") return false
  const from = seller.closed_from ? new Date(seller.closed_from) : null
  const until = seller.closed_until ? new Date(seller.closed_until) : null
  if (!from && !until) return true
  const afterStart = !from || from <= now
  const beforeEnd = !until || now < until
  return !(afterStart && beforeEnd)
}
