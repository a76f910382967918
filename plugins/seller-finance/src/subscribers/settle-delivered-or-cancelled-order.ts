import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { settleSellerOrderWorkflow } from "../workflows/workflows/settle-seller-order"

/** Delivery books cash collected on delivery; cancellation books the refund of what was paid online. */
export default async function settleDeliveredOrCancelledOrder({ event, container }: SubscriberArgs<{ id: string; action: string }>) {
  if (event.data.action !== "delivered" && event.data.action !== "cancelled") return
  await settleSellerOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

// farmer-household's SELLER_ORDER_UPDATED, written out: importing its workflow file here would
// load the seller-order workflows a second time.
export const config: SubscriberConfig = { event: "seller_order.updated" }
