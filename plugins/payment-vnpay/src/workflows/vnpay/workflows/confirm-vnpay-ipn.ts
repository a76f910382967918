import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completePaidCartStep } from "@nongsan/cho-qr/workflows/payment/steps/complete-paid-cart"
import { decideVnpayIpnStep } from "../steps/decide-vnpay-ipn"
import { recordVnpayOutcomeStep } from "../steps/record-vnpay-outcome"

/**
 * Handles one VNPay IPN: under a lock per transaction, so duplicate and concurrent IPNs queue
 * and find the first one's work done (02). A paid answer is recorded and the cart completed into
 * its orders in the same run; if completion fails the record is undone, so VNPay's retry tries
 * again. A failed payment is recorded (00) and leaves the cart payable with a new session. A
 * paid IPN for a payment authorized before (02) completes the cart again as well: a process
 * killed after the authorization and before the orders were placed left that to a retry.
 */
export const confirmVnpayIpnWorkflow = createWorkflow("confirm-vnpay-ipn", (input: { query: Record<string, unknown> }) => {
  const key = transform({ input }, ({ input }) => `vnpay-ipn:${String(input.query.vnp_TxnRef ?? "")}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const plan = decideVnpayIpnStep(input.query)
  when("record-vnpay-outcome", { plan }, ({ plan }) => Boolean(plan.outcome)).then(() => {
    recordVnpayOutcomeStep(transform({ plan }, ({ plan }) => ({ session: plan.session!, outcome: plan.outcome!, source: "ipn" as const })))
  })
  when("complete-paid-cart", { plan }, ({ plan }) => plan.complete_cart).then(() => {
    completePaidCartStep(transform({ plan }, ({ plan }) => ({ payment_collection_id: plan.session!.payment_collection_id, workflow_id: plan.workflow_id })))
  })
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ plan }, ({ plan }) => plan.response))
})
