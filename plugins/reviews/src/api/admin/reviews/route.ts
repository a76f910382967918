import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPublicPhotos } from "../../../lib/public-photos"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"
import type { PageQuery } from "@nongsan/farmer-household/lib/validation"

/** Every review, newest first, hidden ones included (with their photos): the operator's moderation queue. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as PageQuery
  const [reviews, count] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews({}, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ reviews: reviews.map(withPublicPhotos), count, limit, offset })
}
