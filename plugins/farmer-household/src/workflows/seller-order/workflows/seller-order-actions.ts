import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { captureCashOnDeliveryStep } from "../steps/capture-cash-on-delivery"
import { mergeOrderMetadataStep } from "../steps/merge-order-metadata"
import { refundCancelledOrderStep } from "../steps/refund-cancelled-order"
import { validateOrderActionStep } from "../steps/validate-order-action"

export const SELLER_ORDER_UPDATED = "seller_order.updated"
type Base = { order_id: string; member_id: string }

/**
 * One action at a time per order: two taps on a slow connection must not both pass the stage
 * check and, say, refund or capture twice.
 */
const lockOrder = (input: Base) => {
  const key = transform({ input }, ({ input }) => `seller-order:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  return key
}

const notify = (input: Base, action: string) =>
  emitEventStep({ eventName: SELLER_ORDER_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.order_id, action })) }).config({
    name: `emit-${action}`,
  })

/** The seller confirms it will fill the order. */
export const acceptSellerOrderWorkflow = createWorkflow("accept-seller-order", (input: Base) => {
  const lock = lockOrder(input)
  validateOrderActionStep({ order_id: input.order_id, action: "accept" })
  mergeOrderMetadataStep({
    order_id: input.order_id,
    metadata: transform({ input }, ({ input }) => ({ accepted_at: new Date().toISOString(), accepted_by: input.member_id })),
  })
  notify(input, "accepted")
  releaseLockStep({ key: lock })
  return new WorkflowResponse(input.order_id)
})

/** Packed: a fulfillment of every line, which also turns the stock reservation into a sale. */
export const packSellerOrderWorkflow = createWorkflow("pack-seller-order", (input: Base) => {
  const lock = lockOrder(input)
  const order = validateOrderActionStep({ order_id: input.order_id, action: "pack" })
  createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, order }, ({ input, order }) => ({ order_id: input.order_id, items: order.items, created_by: input.member_id })),
  })
  notify(input, "packed")
  releaseLockStep({ key: lock })
  return new WorkflowResponse(input.order_id)
})

/** Handed to the carrier, with its tracking code. */
export const shipSellerOrderWorkflow = createWorkflow(
  "ship-seller-order",
  (input: Base & { carrier: string; tracking_number: string; tracking_url?: string | null }) => {
    const lock = lockOrder(input)
    const order = validateOrderActionStep({ order_id: input.order_id, action: "ship" })
    mergeOrderMetadataStep({ order_id: input.order_id, metadata: transform({ input }, ({ input }) => ({ carrier: input.carrier })) })
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ input, order }, ({ input, order }) => ({
        order_id: input.order_id,
        fulfillment_id: order.fulfillment_ids[0],
        items: order.items,
        created_by: input.member_id,
        labels: [{ tracking_number: input.tracking_number, tracking_url: input.tracking_url ?? "", label_url: "" }],
      })),
    })
    notify(input, "shipped")
    releaseLockStep({ key: lock })
    return new WorkflowResponse(input.order_id)
  }
)

/**
 * Delivered to the buyer. For cash on delivery the seller says so when the cash is in hand,
 * which captures this seller's part of the buyer's payment.
 */
export const deliverSellerOrderWorkflow = createWorkflow("deliver-seller-order", (input: Base) => {
  const lock = lockOrder(input)
  const order = validateOrderActionStep({ order_id: input.order_id, action: "deliver" })
  markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
    input: transform({ input, order }, ({ input, order }) => ({ orderId: input.order_id, fulfillmentId: order.fulfillment_ids[0] })),
  })
  const cash = captureCashOnDeliveryStep({ order_id: input.order_id, member_id: input.member_id })
  when("record-cash-collected", { cash }, ({ cash }) => cash !== null).then(() => {
    mergeOrderMetadataStep({ order_id: input.order_id, metadata: transform({ cash }, ({ cash }) => ({ ...cash! })) })
  })
  notify(input, "delivered")
  releaseLockStep({ key: lock })
  return new WorkflowResponse(input.order_id)
})

/**
 * Cancelled by the seller with a reason; Medusa releases the reserved stock, and a part the buyer
 * already paid online is refunded.
 */
export const cancelSellerOrderWorkflow = createWorkflow("cancel-seller-order", (input: Base & { reason: string }) => {
  const lock = lockOrder(input)
  const order = validateOrderActionStep({ order_id: input.order_id, action: "cancel" })
  mergeOrderMetadataStep({
    order_id: input.order_id,
    metadata: transform({ input }, ({ input }) => ({ cancel_reason: input.reason, cancelled_by: input.member_id })),
  })
  // A packed order's fulfillment is undone first: Medusa cancels only orders without live ones.
  when({ order }, ({ order }) => order.fulfillment_ids.length > 0).then(() => {
    cancelOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, order }, ({ input, order }) => ({ order_id: input.order_id, fulfillment_id: order.fulfillment_ids[0] })),
    })
  })
  cancelOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.member_id })),
  })
  const refund = refundCancelledOrderStep({ order_id: input.order_id, member_id: input.member_id, reason: input.reason })
  when("record-refund", { refund }, ({ refund }) => refund !== null).then(() => {
    mergeOrderMetadataStep({ order_id: input.order_id, metadata: transform({ refund }, ({ refund }) => ({ ...refund! })) }).config({ name: "record-refund-metadata" })
  })
  notify(input, "cancelled")
  releaseLockStep({ key: lock })
  return new WorkflowResponse(input.order_id)
})
