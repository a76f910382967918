import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * The shop's sales channel (the store's default, which the storefront's publishable key opens)
 * and the stock locations it ships from. Sellers' products are listed, stocked and delivered
 * through it. Null before the store is set up.
 */
export async function shopChannel(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) return null
  const { data: [channel] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id", "stock_locations.fulfillment_sets.type", "stock_locations.fulfillment_sets.service_zones.id"],
    filters: { id: store.default_sales_channel_id },
  })
  return channel ?? null
}
