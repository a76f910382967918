import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"

/**
 * Products created with `additional_data.seller_id` are linked to that seller in the same
 * workflow, so a product never exists without its owner. They also ship under the seller's
 * shipping profile, whatever profile the request named: the cart's one-shipping-method-per-seller
 * rule and the split into seller orders both rest on it.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const sellerId = additional_data?.seller_id
    if (!sellerId) return new StepResponse(undefined, { created: [], dismissed: [] })
    if (typeof sellerId !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "seller_id phải là chuỗi / seller_id must be a string")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [seller] } = await query.graph({
      entity: "seller",
      fields: ["id", "shipping_profile.id"],
      filters: { id: sellerId },
    })
    if (!seller) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không có người bán ${sellerId} / No seller ${sellerId}`)
    }
    const productIds = products.map((p) => p.id)
    const created: LinkDefinition[] = productIds.map((product_id) => ({
      [SELLER_MODULE]: { seller_id: sellerId },
      [Modules.PRODUCT]: { product_id },
    }))
    let dismissed: LinkDefinition[] = []
    const profileId = seller.shipping_profile?.id
    if (profileId) {
      const { data: current } = await query.graph({
        entity: "product_shipping_profile",
        fields: ["product_id", "shipping_profile_id"],
        filters: { product_id: productIds },
      })
      dismissed = current
        .filter((l) => l.shipping_profile_id !== profileId)
        .map((l) => ({ [Modules.PRODUCT]: { product_id: l.product_id }, [Modules.FULFILLMENT]: { shipping_profile_id: l.shipping_profile_id } }))
      const onProfile = new Set(current.filter((l) => l.shipping_profile_id === profileId).map((l) => l.product_id))
      created.push(
        ...productIds
          .filter((id) => !onProfile.has(id))
          .map((product_id) => ({ [Modules.PRODUCT]: { product_id }, [Modules.FULFILLMENT]: { shipping_profile_id: profileId } }))
      )
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (dismissed.length) await link.dismiss(dismissed)
    await link.create(created)
    return new StepResponse(undefined, { created, dismissed })
  },
  async (changes, { container }) => {
    if (!changes) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.created.length) await link.dismiss(changes.created)
    if (changes.dismissed.length) await link.create(changes.dismissed)
  }
)
