import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withPublicPhotos } from "../../../../../lib/public-photos"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../../../modules/review"

/** The signed-in buyer's own reviews, so the account's orders show which lines are reviewed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reviews = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listReviews(
      { customer_id: req.auth_context.actor_id },
      { select: ["id", "order_id", "line_item_id", "product_id", "rating", "body", "photos", "reply", "replied_at", "hidden_at", "created_at"], order: { created_at: "DESC" } }
    )
  res.json({ reviews: reviews.map(withPublicPhotos) })
}
