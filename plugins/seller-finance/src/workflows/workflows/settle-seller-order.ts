import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { bookOrderSettlementStep } from "../steps/book-order-settlement"
import { recordOrderChargesStep } from "../steps/record-order-charges"

/**
 * Brings a seller order's books up to date: its charges fixed (first time only), then whatever
 * money has moved for it booked. Run by the subscribers on order.placed, payment.captured and
 * seller_order.updated; under the order's lock, so two events for one order queue.
 */
export const settleSellerOrderWorkflow = createWorkflow("settle-seller-order", (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => `seller-finance:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  recordOrderChargesStep({ order_id: input.order_id })
  const booked = bookOrderSettlementStep({ order_id: input.order_id })
  releaseLockStep({ key })
  return new WorkflowResponse(booked)
})
