import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { settleSellerOrderWorkflow } from "../workflows/workflows/settle-seller-order"

/**
 * A new seller order: its commission and withholding are fixed now, under the rules in force at
 * the sale; a group paid online (VNPay, bank transfer) is already captured, so it is booked too.
 */
export default async function settlePlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await settleSellerOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
