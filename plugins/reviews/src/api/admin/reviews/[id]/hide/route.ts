import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hideReviewWorkflow } from "../../../../../workflows/review/workflows/hide-review"
import type { HideReview } from "../../../../validators"

/** The operator hides an abusive review from the store, with the reason. */
export async function POST(req: AuthenticatedMedusaRequest<HideReview>, res: MedusaResponse) {
  const { result } = await hideReviewWorkflow(req.scope).run({
    input: { review_id: req.params.id, reason: req.validatedBody.reason, user_id: req.auth_context.actor_id },
  })
  res.json({ review: result })
}
