import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createReviewWorkflow } from "../../../workflows/review/workflows/create-review"
import { receivedPhotos } from "@nongsan/farmer-household/lib/photos/receive-photos"
import { withPublicPhotos } from "../../../lib/public-photos"
import type { CreateReview } from "../../validators"

/**
 * The signed-in buyer reviews one delivered line of their own order (once): JSON, or multipart
 * form fields with up to four photos in "files".
 */
export async function POST(req: AuthenticatedMedusaRequest<CreateReview>, res: MedusaResponse) {
  const photos = receivedPhotos(req).map((file) => file.buffer.toString("base64"))
  const { result } = await createReviewWorkflow(req.scope).run({ input: { ...req.validatedBody, photos, customer_id: req.auth_context.actor_id } })
  res.status(201).json({ review: withPublicPhotos(result) })
}
