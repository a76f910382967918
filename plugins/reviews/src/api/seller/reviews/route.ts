import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { withPublicPhotos } from "../../../lib/public-photos"
import { sellerView } from "../../../lib/seller-view"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"
import type { PageQuery } from "@nongsan/farmer-household/lib/validation"

/** The caller's reviews, newest first, hidden ones included (with the operator's reason). */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as PageQuery
  const [reviews, count] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews({ seller_id: req.seller_context.seller_id }, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ reviews: reviews.map((review) => sellerView(withPublicPhotos(review))), count, limit, offset })
}
