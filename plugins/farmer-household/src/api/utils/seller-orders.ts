import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sellerOrderLink from "../../links/seller-order"
import { preorderOf } from "../../lib/preorder-line"
import { ORDER_STAGE_FIELDS, orderTracking, sellerOrderStage } from "../../lib/seller-order-stage"
import { requireLinkedToSeller } from "./seller-context"

export const SELLER_ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "currency_code",
  "total",
  "subtotal",
  "shipping_total",
  "payment_status",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.metadata",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_methods.name",
  "shipping_methods.amount",
  "order_group.id",
  "order_group.display_id",
  ...ORDER_STAGE_FIELDS,
]

type Row = Record<string, any>

/** An order as the seller's inbox shows it: its stage, what to pack (pre-orders with their ship date), where to send it. */
export function toSellerOrder(o: Row) {
  return {
    id: o.id,
    display_id: o.display_id,
    group: o.order_group ? { id: o.order_group.id, display_id: o.order_group.display_id } : null,
    created_at: o.created_at,
    stage: sellerOrderStage(o),
    payment_status: o.payment_status,
    currency_code: o.currency_code,
    total: Number(o.total),
    subtotal: Number(o.subtotal),
    shipping_total: Number(o.shipping_total),
    items: (o.items ?? []).map((i: Row) => ({
      id: i.id,
      title: i.title,
      variant_title: i.variant_title,
      thumbnail: i.thumbnail,
      quantity: Number(i.quantity),
      unit_price: Number(i.unit_price),
      total: Number(i.total),
      ...preorderOf(i),
    })),
    shipping_address: o.shipping_address ?? null,
    shipping_method: o.shipping_methods?.[0] ? { name: o.shipping_methods[0].name, amount: Number(o.shipping_methods[0].amount) } : null,
    carrier: o.metadata?.carrier ?? null,
    tracking: orderTracking(o),
    accepted_at: o.metadata?.accepted_at ?? null,
    cancel_reason: o.metadata?.cancel_reason ?? null,
    // Cash on delivery: what the seller collected, captured when they marked the order delivered.
    cash_collected: o.metadata?.cash_capture_id ? { amount: Number(o.metadata.cash_amount), at: o.metadata.cash_collected_at } : null,
    // Paid online, then cancelled: what went back to the buyer.
    refunded: o.metadata?.refund_amount ? { amount: Number(o.metadata.refund_amount), at: o.metadata.refunded_at } : null,
  }
}

export async function loadSellerOrder(scope: MedusaContainer, orderId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: SELLER_ORDER_FIELDS, filters: { id: orderId } })
  return toSellerOrder(order)
}

/** /seller/orders/:id… answers 404 unless the order is the caller's. */
export const requireOwnOrder = requireLinkedToSeller(sellerOrderLink.entryPoint, "order_id", { vi: "đơn hàng", en: "Order" })
