import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { settleSellerOrderWorkflow } from "../workflows/workflows/settle-seller-order"

/**
 * A payment captured after its orders were placed (Medusa's capture workflow, e.g. an operator
 * capturing from Medusa Admin): every seller order of the group it pays is brought up to date.
 * Payments captured as the cart completes are booked on order.placed instead.
 */
export default async function settleCapturedPayment({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order_group.orders.id"],
    filters: { id: event.data.id },
  })
  for (const order of payment?.payment_collection?.order_group?.orders ?? []) {
    if (order) await settleSellerOrderWorkflow(container).run({ input: { order_id: order.id } })
  }
}

export const config: SubscriberConfig = { event: PaymentEvents.CAPTURED }
