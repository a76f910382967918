import type { MedusaContainer } from "@medusajs/framework/types"
import { REVIEW_MODULE, type ReviewModuleService } from "../modules/review"
import type { ReviewScope } from "../modules/review/service"
import { withPublicPhotos } from "./public-photos"

/** What anyone may read of a review: never the buyer's id, the order, or moderation notes. */
export const PUBLIC_REVIEW_FIELDS = ["id", "product_id", "rating", "body", "author_name", "reply", "replied_at", "photos", "created_at"] as const

/**
 * A product's or a seller's visible reviews, newest first, a page at a time, with the average
 * and count over all of them. Hidden reviews are left out of both, photos included.
 */
export async function listPublicReviews(container: MedusaContainer, scope: ReviewScope, page: { limit: number; offset: number }) {
  const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [reviews, rating] = await Promise.all([
    service.listReviews({ ...scope, hidden_at: null }, { select: [...PUBLIC_REVIEW_FIELDS], order: { created_at: "DESC" }, take: page.limit, skip: page.offset }),
    service.summarizeRatings(scope),
  ])
  return { reviews: reviews.map(withPublicPhotos), rating, limit: page.limit, offset: page.offset }
}
