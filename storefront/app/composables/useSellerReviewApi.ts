import type { SellerReview } from "~/types/review"

/** The seller's reviews (/seller/reviews) and the one reply to each, with the session's token. */
export function useSellerReviewApi() {
  const { request } = useSellerApi()
  return {
    list: (limit = 50, offset = 0) => request<{ reviews: SellerReview[]; count: number }>("/seller/reviews", { query: { limit, offset } }),
    reply: (id: string, reply: string) => request<{ review: SellerReview }>(`/seller/reviews/${id}/reply`, { method: "POST", body: { reply } }),
  }
}
