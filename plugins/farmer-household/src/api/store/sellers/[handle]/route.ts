import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "../../../utils/seller-context"
import { PUBLIC_SELLER_FIELDS } from "../../../utils/public-seller"

/**
 * A seller's public page: profile, origin, certifications, and the ids of its products on sale
 * in this storefront's sales channels (their prices come from /store/products).
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({
    entity: "seller",
    fields: [...PUBLIC_SELLER_FIELDS, "products.id", "products.status", "products.sales_channels.id"],
    filters: { handle: req.params.handle, status: "approved" },
  })
  if (!seller) notFound({ vi: "người bán", en: "Seller" })
  const channels = new Set(req.publishable_key_context?.sales_channel_ids ?? [])
  const { products, ...profile } = seller
  const product_ids = (products ?? [])
    .filter((p: any) => p?.status === "published" && (p.sales_channels ?? []).some((c: any) => channels.has(c?.id)))
    .map((p: any) => p.id)
  res.json({ seller: { ...profile, product_ids } })
}
