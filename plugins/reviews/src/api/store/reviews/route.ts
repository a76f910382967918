import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createReviewWorkflow } from "../../../workflows/review/workflows/create-review"
import type { CreateReview } from "../../validators"

/** The signed-in buyer reviews one delivered line of their own order (once). */
export async function POST(req: AuthenticatedMedusaRequest<CreateReview>, res: MedusaResponse) {
  const { result } = await createReviewWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: req.auth_context.actor_id } })
  res.status(201).json({ review: result })
}
