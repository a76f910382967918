import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { shopChannel } from "../../../lib/shop-channel"

/**
 * Where sellers' delivery options live: the first shipping service zone of the shop's stock
 * location, priced in the VND region. Null before the store is set up (nothing to attach to).
 */
export const findDeliveryZoneStep = createStep("find-delivery-zone", async (_: void, { container }) => {
  const channel = await shopChannel(container)
  const zone = (channel?.stock_locations ?? [])
    .flatMap((l: any) => l?.fulfillment_sets ?? [])
    .find((s: any) => s?.type === "shipping")?.service_zones?.[0]
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: "vnd" }, { select: ["id"] })
  return new StepResponse(zone && region ? { service_zone_id: zone.id as string, region_id: region.id } : null)
})
