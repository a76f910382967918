import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEW_MODULE, type ReviewModuleService } from "../modules/review"

/** What anyone may read of a review: never the buyer's id, the order, or moderation notes. */
export const PUBLIC_REVIEW_FIELDS = ["id", "product_id", "rating", "body", "author_name", "reply", "replied_at", "created_at"] as const

export type ReviewScope = { product_id: string } | { seller_id: string }

/** Average rating to one decimal (4.666… → 4.7), or null before the first review. */
export function averageRating(ratings: number[]): number | null {
  if (!ratings.length) return null
  return Math.round((ratings.reduce((sum, r) => sum + r, 0) / ratings.length) * 10) / 10
}

/**
 * A product's or a seller's visible reviews, newest first, a page at a time, with the average
 * and count over all of them. Hidden reviews are left out of both.
 */
export async function listPublicReviews(container: MedusaContainer, scope: ReviewScope, page: { limit: number; offset: number }) {
  const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const visible = { ...scope, hidden_at: null }
  const [reviews, ratings] = await Promise.all([
    service.listReviews(visible, { select: [...PUBLIC_REVIEW_FIELDS], order: { created_at: "DESC" }, take: page.limit, skip: page.offset }),
    service.listReviews(visible, { select: ["rating"] }),
  ])
  return {
    reviews,
    rating: { average: averageRating(ratings.map((r) => r.rating)), count: ratings.length },
    limit: page.limit,
    offset: page.offset,
  }
}
