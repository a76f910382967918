import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import sellerOrderLink from "../links/seller-order"

/** A new order reaches its seller as an in-app notification (Medusa's Notification Module, feed). */
export default async function notifySellerOfOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [link] } = await query.graph({
    entity: sellerOrderLink.entryPoint,
    fields: ["seller_id", "order.display_id", "order.total", "order.currency_code", "order.items.quantity"],
    filters: { order_id: event.data.id },
  })
  if (!link) return
  const items = (link.order?.items ?? []).reduce((n: number, i: any) => n + Number(i?.quantity ?? 0), 0)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: link.seller_id,
    receiver_id: link.seller_id,
    channel: "feed",
    template: "seller-order-placed",
    resource_type: "order",
    resource_id: event.data.id,
    trigger_type: event.name,
    // A retried event must not notify twice.
    idempotency_key: `seller-order-placed:${event.data.id}`,
    data: {
      title: `Đơn hàng mới #${link.order?.display_id} / New order #${link.order?.display_id}`,
      order_id: event.data.id,
      display_id: link.order?.display_id,
      total: Number(link.order?.total ?? 0),
      currency_code: link.order?.currency_code,
      items,
    },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
