import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { maskNationalId, PRIVATE_SELLER_FIELDS } from "../../../utils/public-seller"
import { notFound } from "../../../utils/seller-context"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: PRIVATE_SELLER_FIELDS, filters: { id: req.params.id } })
  if (!seller) notFound({ vi: "người bán", en: "Seller" })
  res.json({ seller: maskNationalId(seller) })
}
