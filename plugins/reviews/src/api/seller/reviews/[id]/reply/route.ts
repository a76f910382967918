import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { sellerView } from "../../../../../lib/seller-view"
import { replyToReviewWorkflow } from "../../../../../workflows/review/workflows/reply-to-review"
import type { ReplyToReview } from "../../../../validators"

/** The seller answers a review of its own line, once; another seller's review answers 404. */
export async function POST(req: SellerRequest<ReplyToReview>, res: MedusaResponse) {
  const { result } = await replyToReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id, seller_id: req.seller_context.seller_id, reply: req.validatedBody.reply },
  })
  res.json({ review: sellerView(result) })
}
