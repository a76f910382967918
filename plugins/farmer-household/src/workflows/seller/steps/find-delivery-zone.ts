import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Where sellers' delivery options live: the first shipping service zone of the shop's stock
 * location, priced in the VND region. Null before the store is set up (nothing to attach to).
 */
export const findDeliveryZoneStep = createStep("find-delivery-zone", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) return new StepResponse(null)
  const { data: [channel] } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.fulfillment_sets.type", "stock_locations.fulfillment_sets.service_zones.id"],
    filters: { id: store.default_sales_channel_id },
  })
  const zone = (channel?.stock_locations ?? [])
    .flatMap((l: any) => l?.fulfillment_sets ?? [])
    .find((s: any) => s?.type === "shipping")?.service_zones?.[0]
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" }, { select: ["id"] })
  return new StepResponse(zone && region ? { service_zone_id: zone.id as string, region_id: region.id } : null)
})
