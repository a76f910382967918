import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { bookRefundStep } from "../steps/book-refund"
import { refundOrderPaymentStep } from "../steps/refund-order-payment"

/**
 * The operator refunds part (or all) of one seller order paid online. The group's payment is
 * shared by its sellers, so the refund names the seller order it comes from, and the seller's
 * ledger is booked in the same run. Under the seller order's lock, the one farmer-household's
 * seller actions take, so a refund and a cancellation cannot both pass their checks.
 */
export const refundSellerOrderWorkflow = createWorkflow(
  "refund-seller-order",
  (input: { order_id: string; amount: number; note: string; user_id: string }) => {
    const key = transform({ input }, ({ input }) => `seller-order:${input.order_id}`)
    acquireLockStep({ key, timeout: 30, ttl: 120 })
    const refund = refundOrderPaymentStep(input)
    const booked = bookRefundStep(transform({ input, refund }, ({ input, refund }) => ({ order_id: input.order_id, ...refund })))
    releaseLockStep({ key })
    return new WorkflowResponse(transform({ refund, booked }, ({ refund, booked }) => ({ ...refund, entry_ids: booked })))
  },
)
