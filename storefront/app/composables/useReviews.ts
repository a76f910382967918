import type { MyReview, ReviewList } from "~/types/review"

export type ReviewSource = { productId: string } | { sellerHandle: string }

const pathOf = (source: ReviewSource) =>
  "productId" in source ? `/store/products/${source.productId}/reviews` : `/store/sellers/${source.sellerHandle}/reviews`

/** A product's or a farm's visible reviews with the average and count, rendered on the server. */
export function useReviewList(source: ReviewSource) {
  const sdk = useMedusa()
  const key = "productId" in source ? `reviews:product:${source.productId}` : `reviews:seller:${source.sellerHandle}`
  return useAsyncData(key, () => sdk.client.fetch<ReviewList>(pathOf(source), { query: { limit: 20 } }).catch(() => null))
}

const MY_REVIEWS = "reviews:mine"

/** The signed-in buyer's reviews: which delivered lines are reviewed (account orders page). */
export function useMyReviews() {
  const sdk = useMedusa()
  return useAsyncData(MY_REVIEWS, () => sdk.client.fetch<{ reviews: MyReview[] }>("/store/customers/me/reviews").then((r) => r.reviews))
}

/** Writes the buyer's review of a delivered line; the page's list of their reviews gains it. */
export function useWriteReview() {
  const sdk = useMedusa()
  const { data: mine } = useNuxtData<MyReview[]>(MY_REVIEWS)
  return async (body: { order_id: string; line_item_id: string; rating: number; body?: string }) => {
    const { review } = await sdk.client.fetch<{ review: MyReview }>("/store/reviews", { method: "POST", body })
    mine.value = [review, ...(mine.value ?? [])]
    return review
  }
}
