/** Events the review workflows emit (data: { id, product_id, seller_id }). */
export const ReviewEvents = {
  CREATED: "review.created",
  REPLIED: "review.replied",
  HIDDEN: "review.hidden",
} as const

/** The emitEventStep input for one of ReviewEvents about a review. */
export function reviewEvent(eventName: (typeof ReviewEvents)[keyof typeof ReviewEvents], review: { id: string; product_id: string; seller_id: string }) {
  return { eventName, data: { id: review.id, product_id: review.product_id, seller_id: review.seller_id } }
}
