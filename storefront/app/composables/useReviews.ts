import type { MyReview, ReviewList } from "~/types/review"
import { shrinkPhoto } from "~/utils/photo"

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

/** Photos one review may carry (the review plugin's multipart limit). */
export const MAX_REVIEW_PHOTOS = 4

export type NewReview = { order_id: string; line_item_id: string; rating: number; body?: string }

/**
 * Writes the buyer's review of a delivered line; the page's list of their reviews gains it. With
 * photos it goes as multipart form fields, each photo shrunk on the phone first (a 3G upload).
 */
export function useWriteReview() {
  const sdk = useMedusa()
  const { data: mine } = useNuxtData<MyReview[]>(MY_REVIEWS)
  return async (review: NewReview, photos: File[] = []) => {
    const { review: written } = await sdk.client.fetch<{ review: MyReview }>("/store/reviews", { method: "POST", ...(photos.length ? await multipart(review, photos) : { body: review }) })
    mine.value = [written, ...(mine.value ?? [])]
    return written
  }
}

async function multipart(review: NewReview, photos: File[]) {
  const form = new FormData()
  for (const [key, value] of Object.entries(review)) if (value !== undefined) form.append(key, String(value))
  for (const photo of await Promise.all(photos.map((p) => shrinkPhoto(p)))) form.append("files", photo, photo.name)
  // No content type of our own: the browser writes multipart's with its boundary.
  return { body: form, headers: { "content-type": null } }
}
