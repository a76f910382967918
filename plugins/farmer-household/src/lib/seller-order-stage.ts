/**
 * Where a seller's order stands, derived from Medusa's own order and fulfillment records (never
 * stored separately, so it cannot drift): new → accepted → packed → shipped → delivered, or
 * cancelled.
 */
export type SellerOrderStage = "new" | "accepted" | "packed" | "shipped" | "delivered" | "cancelled"

type OrderLike = {
  status?: string | null
  metadata?: Record<string, unknown> | null
  fulfillments?: ({ canceled_at?: unknown; shipped_at?: unknown; delivered_at?: unknown } | null)[] | null
}

export const ORDER_STAGE_FIELDS = [
  "status",
  "metadata",
  "fulfillments.id",
  "fulfillments.canceled_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

export function sellerOrderStage(order: OrderLike): SellerOrderStage {
  if (order.status === "canceled") return "cancelled"
  const live = (order.fulfillments ?? []).filter((f) => f && !f.canceled_at)
  if (live.some((f) => f!.delivered_at)) return "delivered"
  if (live.some((f) => f!.shipped_at)) return "shipped"
  if (live.length) return "packed"
  if (order.metadata?.accepted_at) return "accepted"
  return "new"
}

/** Which stages each seller action may start from. */
export const ACTION_FROM: Record<string, SellerOrderStage[]> = {
  accept: ["new"],
  pack: ["new", "accepted"],
  ship: ["packed"],
  deliver: ["shipped"],
  cancel: ["new", "accepted", "packed"],
}

/** The carrier's tracking codes of an order's live (not cancelled) fulfillments. */
export function orderTracking(order: { fulfillments?: any[] | null }) {
  return (order.fulfillments ?? [])
    .filter((f) => f && !f.canceled_at)
    .flatMap((f) => f.labels ?? [])
    .map((l: { tracking_number: string; tracking_url?: string | null }) => ({ tracking_number: l.tracking_number, tracking_url: l.tracking_url || null }))
}
