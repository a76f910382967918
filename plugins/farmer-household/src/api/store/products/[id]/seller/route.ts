import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sellerProductLink from "../../../../../links/seller-product"
import { notFound } from "../../../../utils/seller-context"
import { PUBLIC_SELLER_FIELDS } from "../../../../utils/public-seller"

/** The farm behind a product, for the product page's seller card. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [link] } = await query.graph({
    entity: sellerProductLink.entryPoint,
    fields: PUBLIC_SELLER_FIELDS.map((f) => `seller.${f}`).concat("seller.status"),
    filters: { product_id: req.params.id },
  })
  if (!link?.seller || link.seller.status !== "approved") notFound({ vi: "người bán", en: "Seller" })
  const { status: _status, ...seller } = link.seller
  res.json({ seller })
}
