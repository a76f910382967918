import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { preorderOf } from "../../../lib/preorder-line"
import { ORDER_STAGE_FIELDS, orderTracking, sellerOrderStage } from "../../../lib/seller-order-stage"

/**
 * What a buyer sees of an order group (POST /store/carts/:id/complete and
 * GET /store/order-groups/:id): the group with its total and payment, and each seller's order
 * with its seller, status, items (a pre-order line with `preorder: true` and its
 * `expected_ship_date`), shipping method and totals. Amounts are integer VND.
 */
const ORDER_GROUP_FIELDS = [
  "id",
  "display_id",
  "cart_id",
  "customer_id",
  "email",
  "currency_code",
  "total",
  "created_at",
  "payment_collection.id",
  "payment_collection.status",
  "payment_collection.amount",
  "payment_collection.authorized_amount",
  "payment_collection.captured_amount",
  "orders.id",
  "orders.display_id",
  "orders.status",
  "orders.currency_code",
  "orders.total",
  "orders.subtotal",
  "orders.item_total",
  "orders.shipping_total",
  "orders.tax_total",
  "orders.discount_total",
  "orders.created_at",
  "orders.seller.id",
  "orders.seller.handle",
  "orders.seller.name",
  "orders.items.id",
  "orders.items.title",
  "orders.items.subtitle",
  "orders.items.thumbnail",
  "orders.items.product_id",
  "orders.items.product_handle",
  "orders.items.variant_id",
  "orders.items.variant_sku",
  "orders.items.variant_title",
  "orders.items.quantity",
  "orders.items.unit_price",
  "orders.items.total",
  "orders.items.metadata",
  "orders.shipping_methods.id",
  "orders.shipping_methods.name",
  "orders.shipping_methods.shipping_option_id",
  "orders.shipping_methods.amount",
  "orders.shipping_methods.total",
  "orders.shipping_address.*",
  ...ORDER_STAGE_FIELDS.map((f) => `orders.${f}`),
]

const groupNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng ${id} / Order group ${id} not found`)

/** A group as the buyer sees it: sellers in numbering order, each with its stage and tracking. */
function buyerView(group: any) {
  // Oldest first, so the sellers keep the order in which their orders were numbered.
  const orders = [...(group.orders ?? [])]
    .sort((a, b) => (a?.display_id ?? 0) - (b?.display_id ?? 0))
    .map((order: any) => {
      // Each seller's progress and tracking, as the buyer follows it; internal notes stay out.
      const { metadata, fulfillments: _fulfillments, items, ...rest } = order
      return {
        ...rest,
        items: (items ?? []).map(({ metadata, ...item }: any) => ({ ...item, ...preorderOf({ metadata }) })),
        stage: sellerOrderStage(order),
        carrier: metadata?.carrier ?? null,
        tracking: orderTracking(order),
        cancel_reason: metadata?.cancel_reason ?? null,
      }
    })
  return { ...group, orders }
}

export async function retrieveOrderGroup(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  // A pending group's orders are a completion in progress or cut off, not a purchase.
  const { data: [group] } = await query.graph({ entity: "order_group", fields: ORDER_GROUP_FIELDS, filters: { id, status: "placed" } })
  if (!group) throw groupNotFound(id)
  return buyerView(group)
}

/** A customer's order groups, newest first, a page at a time (the account's order list). */
export async function listCustomerOrderGroups(scope: MedusaContainer, customerId: string, page: { limit: number; offset: number }) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "order_group",
    fields: ORDER_GROUP_FIELDS,
    filters: { customer_id: customerId, status: "placed" },
    pagination: { take: page.limit, skip: page.offset, order: { created_at: "DESC" } },
  })
  return { order_groups: data.map(buyerView), count: metadata?.count ?? data.length, ...page }
}

/**
 * Who may read an order group (and what hangs off it, e.g. its lines' batches in the ocop
 * plugin): a group placed by a registered customer answers only to that customer, logged in;
 * anyone else gets 404, as if it did not exist. A guest's group answers to whoever holds its id,
 * which only the completion response gave out: the rule Medusa applies to GET /store/orders/:id,
 * and the only one a guest without an account can use.
 */
export async function assertBuyerMayReadOrderGroup(req: AuthenticatedMedusaRequest, group: { id: string; customer_id?: string | null } | undefined) {
  if (!group) throw groupNotFound(req.params.id)
  if (!group.customer_id) return
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = await query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: group.customer_id } })
  if (customer?.has_account && req.auth_context?.actor_id !== customer.id) throw groupNotFound(group.id)
}
