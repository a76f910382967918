import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@nongsan/farmer-household/api/utils/seller-context"

/** A seller makes batches of its own products only; another seller's product answers 404. */
export const assertSellerProductStep = createStep(
  "assert-seller-product",
  async (input: { seller_id: string; product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [product] } = await query.graph({ entity: "product", fields: ["id", "seller.id"], filters: { id: input.product_id } })
    if (product?.seller?.id !== input.seller_id) notFound({ vi: "sản phẩm", en: "Product" })
  }
)
