import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"

/**
 * Products created with `additional_data.seller_id` are linked to that seller in the same
 * workflow, so a product never exists without its owner.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const sellerId = additional_data?.seller_id
    if (!sellerId) return new StepResponse([], [])
    if (typeof sellerId !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "seller_id phải là chuỗi / seller_id must be a string")
    }
    const links = products.map((product) => ({
      [SELLER_MODULE]: { seller_id: sellerId },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
