import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPublicReviews } from "../../../../../lib/public-reviews"
import type { PageQuery } from "@nongsan/farmer-household/lib/validation"

/** A product's visible reviews with its average rating and count. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json(await listPublicReviews(req.scope, { product_id: req.params.id }, req.validatedQuery as PageQuery))
}
