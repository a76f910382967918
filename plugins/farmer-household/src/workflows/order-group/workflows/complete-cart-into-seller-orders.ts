import type { ConfirmVariantInventoryWorkflowInputDTO, LinkDefinition } from "@medusajs/framework/types"
import { Modules, OrderWorkflowEvents, EventPriority } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  authorizePaymentSessionStep,
  compensatePaymentIfNeededStep,
  confirmVariantInventoryWorkflow,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  updateCartsStep,
  useQueryGraphStep,
  validateCartPaymentsStep,
} from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_ID_KEY } from "../../../lib/unplaced-orders"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import { SELLER_MODULE } from "../../../modules/seller"
import { recordPreordersStep } from "../../harvest/steps/record-preorders"
import { checkHarvestSeasonsStep } from "../steps/check-harvest-seasons"
import { beginOrderGroupStep } from "../steps/begin-order-group"
import { placeOrderGroupStep } from "../steps/place-order-group"
import { prepareSellerOrdersStep, type CartToSplit } from "../steps/prepare-seller-orders"
import { registerPromotionUsageStep } from "../steps/register-promotion-usage"
import { sumSellerOrdersStep } from "../steps/sum-seller-orders"

export const completeCartIntoSellerOrdersWorkflowId = "complete-cart-into-seller-orders"
export const ORDER_GROUP_PLACED = "order_group.placed"

const THREE_DAYS = 60 * 60 * 24 * 3

// Medusa's completeCartFields (not exported) plus each product's seller and its profile.
const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "locale",
  "region_id",
  "customer_id",
  "sales_channel_id",
  "completed_at",
  "metadata",
  "total",
  "credit_line_total",
  "shipping_address.*",
  "billing_address.*",
  "credit_lines.*",
  "promotions.id",
  "items.*",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.variant.id",
  "items.variant.product.id",
  "items.variant.product.shipping_profile.id",
  "items.variant.product.seller.id",
  "items.variant.product.seller.handle",
  "items.variant.product.seller.name",
  "items.variant.product.seller.shipping_profile.id",
  "items.variant.manage_inventory",
  "items.variant.allow_backorder",
  "items.variant.inventory_items.variant_id",
  "items.variant.inventory_items.inventory_item_id",
  "items.variant.inventory_items.required_quantity",
  "items.variant.inventory_items.inventory.requires_shipping",
  "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
  "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
  "items.variant.inventory_items.inventory.location_levels.raw_stocked_quantity",
  "items.variant.inventory_items.inventory.location_levels.raw_reserved_quantity",
  "items.variant.inventory_items.inventory.location_levels.location_id",
  "items.variant.inventory_items.inventory.location_levels.stock_locations.id",
  "items.variant.inventory_items.inventory.location_levels.stock_locations.name",
  "items.variant.inventory_items.inventory.location_levels.stock_locations.sales_channels.id",
  "items.variant.inventory_items.inventory.location_levels.stock_locations.sales_channels.name",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "shipping_methods.shipping_option.shipping_profile_id",
  "payment_collection.*",
  "payment_collection.payment_sessions.*",
]

/**
 * Completes a cart into one order per seller, gathered in an order group that the buyer pays
 * once. Modelled on Medusa's completeCartWorkflow: the same cart lock (so it also waits for
 * cart edits in flight), the same steps for payment validation, inventory and promotion usage,
 * and payment authorized last so that the least possible has to be undone if it fails. Every
 * write step compensates, so a failure leaves no order, group, reservation or link behind.
 *
 * A killed process compensates nothing, so the group is made first, pending, every order carries
 * its id, and the group is placed only by the last step. A completion that finds the cart's
 * group pending undoes what the cut-off one made and splits the cart again into that group
 * (beginOrderGroupStep); the payment, if the cut-off run authorized it, is authorized once.
 *
 * Idempotent: the group is keyed by cart (unique cart_id), and a second completion, concurrent
 * or later, finds it placed under the lock and returns it instead of creating anything.
 */
export const completeCartIntoSellerOrdersWorkflow = createWorkflow(
  { name: completeCartIntoSellerOrdersWorkflowId, store: true, idempotent: false, retentionTime: THREE_DAYS },
  (input: { cart_id: string }) => {
    acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 120 })
    const { data: existing } = useQueryGraphStep({
      entity: "order_group",
      fields: ["id", "status"],
      filters: { cart_id: input.cart_id },
    }).config({ name: "existing-order-group" })

    const created = when("split-cart", { existing }, ({ existing }) => existing[0]?.status !== "placed").then(() => {
      const group = beginOrderGroupStep({ cart_id: input.cart_id })
      const { data: queried } = useQueryGraphStep({
        entity: "cart",
        fields: CART_FIELDS,
        filters: { id: input.cart_id },
        options: { isList: false, throwIfKeyNotFound: true },
      }).config({ name: "cart-to-split" })
      const queriedCart = transform({ queried }, ({ queried }) => queried as unknown as CartToSplit)
      // Each line is decided by the season now: a pre-order line carries its expected ship
      // date into the seller's order (line item metadata `preorder`, `expected_ship_date`).
      const seasons = checkHarvestSeasonsStep({ cart: queriedCart })
      const cart = transform({ queriedCart, seasons }, ({ queriedCart, seasons }) => ({
        ...queriedCart,
        items: (queriedCart.items ?? []).map((item) => {
          const season = seasons[item.product_id]
          if (season?.state !== "preorder") return item
          return { ...item, metadata: { ...(item.metadata ?? {}), preorder: true, expected_ship_date: season.ships_from } }
        }),
      }))

      const plan = prepareSellerOrdersStep({ cart })
      const orderInputs = transform({ plan, group }, ({ plan, group }) =>
        plan.orders.map((o) => ({ ...o, metadata: { ...(o.metadata ?? {}), [ORDER_GROUP_ID_KEY]: group.id } }))
      )
      const paymentSessions = validateCartPaymentsStep({ cart: queried })
      // Refunds a payment captured before completion if completion then fails.
      compensatePaymentIfNeededStep({ payment_session_id: paymentSessions[0].id })

      const orders = createOrdersStep(orderInputs)
      recordPreordersStep(
        transform({ orders, seasons }, ({ orders, seasons }) => ({
          lines: orders.flatMap((o) =>
            (o.items ?? [])
              .filter((i) => seasons[i.product_id!]?.state === "preorder")
              .map((i) => ({
                id: i.id,
                order_id: o.id,
                product_id: i.product_id!,
                title: i.product_title ?? i.title,
                quantity: Number(i.quantity),
                ships_from: seasons[i.product_id!].ships_from!,
              }))
          ),
        }))
      )

      const inventoryInput = transform({ cart, orders, seasons }, ({ cart, orders, seasons }) => ({
        sales_channel_id: cart.sales_channel_id!,
        // Queried with the inventory fields Medusa's completion uses (CART_FIELDS). A pre-order
        // is a backorder: reserved ahead of the harvest, whatever the stock. The season now, not
        // the variant's synced flag (which may lag the clock), decides it for seasonal products.
        variants: [...new Map((cart.items ?? []).map((i) => [i.variant!.id, i.variant])).values()].map((v) => {
          const season = seasons[(v as { product?: { id: string } }).product!.id]
          return season ? { ...v, allow_backorder: season.state === "preorder" } : v
        }) as unknown as ConfirmVariantInventoryWorkflowInputDTO["variants"],
        items: orders.flatMap((o) => (o.items ?? []).map((i) => ({ id: i.id, variant_id: i.variant_id!, quantity: i.quantity }))),
      }))
      // Checks stock for every seller's items and locates it; the reservation re-checks under
      // an inventory lock.
      const toReserve = confirmVariantInventoryWorkflow.runAsStep({ input: inventoryInput })
      reserveInventoryStep(toReserve)

      const total = sumSellerOrdersStep(
        transform({ cart, orders }, ({ cart, orders }) => ({
          order_ids: orders.map((o) => o.id),
          payment_amount: cart.payment_collection?.amount ?? null,
        }))
      )

      const links = transform({ cart, orders, plan, group }, ({ cart, orders, plan, group }) => {
        const links: LinkDefinition[] = []
        for (const order of orders) {
          const order_id = order.id
          links.push(
            { [ORDER_GROUP_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id } },
            { [SELLER_MODULE]: { seller_id: plan.seller_by_product[order.items![0].product_id!] }, [Modules.ORDER]: { order_id } },
            // Every seller order records its cart, as Medusa's own completion does: Medusa's
            // payment webhook flow looks there to know the cart already has orders.
            { [Modules.ORDER]: { order_id }, [Modules.CART]: { cart_id: cart.id } }
          )
          const adjustments = [
            ...(order.items ?? []).flatMap((i) => i.adjustments ?? []),
            ...(order.shipping_methods ?? []).flatMap((m) => m.adjustments ?? []),
          ]
          const promotionIds = new Set(adjustments.map((a) => a.promotion_id).filter((id): id is string => !!id))
          for (const promotion_id of promotionIds) links.push({ [Modules.ORDER]: { order_id }, [Modules.PROMOTION]: { promotion_id } })
        }
        if (cart.payment_collection) {
          links.push({
            [ORDER_GROUP_MODULE]: { order_group_id: group.id },
            [Modules.PAYMENT]: { payment_collection_id: cart.payment_collection.id },
          })
        }
        return links
      })

      const promotionUsage = transform({ cart }, ({ cart }) => ({
        computedActions: [...(cart.items ?? []), ...(cart.shipping_methods ?? [])]
          .flatMap((x) => x.adjustments ?? [])
          .map((a) => ({ amount: a.amount, code: a.code! })),
        registrationContext: { customer_id: cart.customer_id ?? null, customer_email: cart.email ?? null },
      }))

      parallelize(
        createRemoteLinkStep(links),
        updateCartsStep(transform({ input }, ({ input }) => [{ id: input.cart_id, completed_at: new Date() }])),
        registerPromotionUsageStep(promotionUsage),
        emitEventStep({
          eventName: OrderWorkflowEvents.PLACED,
          data: transform({ orders }, ({ orders }) => orders.map((o) => ({ id: o.id }))),
          options: { priority: EventPriority.CRITICAL },
        }),
        emitEventStep({ eventName: ORDER_GROUP_PLACED, data: { id: group.id } }).config({ name: "emit-order-group-placed" })
      )

      // Once for the whole group, and last of what can fail, as in Medusa's completion; only the
      // group's placing follows.
      authorizePaymentSessionStep({ id: paymentSessions[0].id, context: { cart_id: input.cart_id } })
      return placeOrderGroupStep(
        transform({ cart, group, total }, ({ cart, group, total }) => ({ id: group.id, total, customer_id: cart.customer_id, email: cart.email }))
      )
    })

    releaseLockStep({ key: input.cart_id })
    const result = transform({ created, existing }, ({ created, existing }) => ({ id: (created?.id ?? existing[0].id) as string }))
    return new WorkflowResponse(result)
  }
)
