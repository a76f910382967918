type PhotoSize = { url: string; width: number; height: number }

/** A review photo: its widest WebP variant and size, and each variant (narrowest first) by its own URL. */
export type ReviewPhoto = PhotoSize & { variants: PhotoSize[] }

/** A review as the store shows it (GET /store/products/:id/reviews, /store/sellers/:handle/reviews). */
export type PublicReview = {
  id: string
  product_id: string
  rating: number
  body: string | null
  photos: ReviewPhoto[]
  author_name: string
  reply: string | null
  replied_at: string | null
  created_at: string
}

/** Average (one decimal, null before the first review) and count of the visible reviews. */
export type RatingSummary = { average: number | null; count: number }

export type ReviewList = { reviews: PublicReview[]; rating: RatingSummary; limit: number; offset: number }

/** The buyer's own review of a line (GET /store/customers/me/reviews). */
export type MyReview = PublicReview & { order_id: string; line_item_id: string; hidden_at: string | null }

/** A review in the seller dashboard (GET /seller/reviews): hidden ones with the operator's reason. */
export type SellerReview = PublicReview & { order_id: string; line_item_id: string; hidden_at: string | null; hidden_reason: string | null }
