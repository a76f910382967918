import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { listPublicReviews } from "../../../../../lib/public-reviews"
import type { PageQuery } from "@nongsan/farmer-household/lib/validation"

/** A seller's visible reviews (all of its products) with the average rating and count. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: ["id"], filters: { handle: req.params.handle } })
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, bilingual("Không tìm thấy nhà vườn", "Seller not found"))
  res.json(await listPublicReviews(req.scope, { seller_id: seller.id }, req.validatedQuery as PageQuery))
}
