import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { HARVEST_MODULE, type HarvestModuleService } from "../modules/harvest"

/** A cancelled order's pre-orders no longer count against their season's cap. */
export default async function releasePreordersOfCancelledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const harvest = container.resolve<HarvestModuleService>(HARVEST_MODULE)
  const preorders = await harvest.listHarvestPreorders({ order_id: event.data.id }, { select: ["id"] })
  if (preorders.length) await harvest.deleteHarvestPreorders(preorders.map((p) => p.id))
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.CANCELED }
