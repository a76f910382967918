import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../utils/seller-context"
import { PUBLIC_SELLER_FIELDS } from "../../../utils/public-seller"

/** A seller's public page: profile, origin, certifications. Products come from /store/products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: PUBLIC_SELLER_FIELDS,
    filters: { handle: req.params.handle, status: "approved" },
  })
  if (!seller) notFound({ vi: "người bán", en: "Seller" })
  res.json({ seller })
}
