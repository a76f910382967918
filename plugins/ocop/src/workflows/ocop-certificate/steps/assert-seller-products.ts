import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import sellerProductLink from "@nongsan/farmer-household/links/seller-product"
import { bilingual } from "@nongsan/farmer-household/lib/validation"

/**
 * Every product must be the seller's: another seller's product answers the same 404 as a
 * product that does not exist, so ids reveal nothing. Only reads.
 */
export const assertSellerProductsStep = createStep(
  "assert-ocop-seller-products",
  async (input: { seller_id: string; product_ids: string[] }, { container }) => {
    const ids = [...new Set(input.product_ids)]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: owned } = await query.graph({
      entity: sellerProductLink.entryPoint,
      fields: ["product_id"],
      filters: { seller_id: input.seller_id, product_id: ids },
    })
    const missing = ids.filter((id) => !owned.some((o) => o.product_id === id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, bilingual("Không tìm thấy sản phẩm", "Product not found"))
    }
    return new StepResponse(ids)
  }
)
