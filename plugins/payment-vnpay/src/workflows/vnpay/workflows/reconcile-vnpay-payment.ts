import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completePaidCartStep } from "@nongsan/cho-qr/workflows/payment/steps/complete-paid-cart"
import { queryVnpayPaymentStep } from "../steps/query-vnpay-payment"
import { recordVnpayOutcomeStep } from "../steps/record-vnpay-outcome"

/**
 * Settles a payment whose IPN never came, from VNPay's querydr answer, under the same lock as
 * the IPN: paid → recorded and the cart completed; failed → recorded, the cart stays payable;
 * anything else is left for an operator. A payment recorded paid whose completion was cut off
 * has its cart completed.
 */
export const reconcileVnpayPaymentWorkflow = createWorkflow("reconcile-vnpay-payment", (input: { txn_ref: string }) => {
  const key = transform({ input }, ({ input }) => `vnpay-ipn:${input.txn_ref}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const result = queryVnpayPaymentStep(input)
  // A payment recorded already (its completion cut off) keeps its record.
  when("record-querydr-outcome", { result }, ({ result }) => (result.kind === "paid" || result.kind === "failed") && !result.session?.data.ipn).then(() => {
    recordVnpayOutcomeStep(transform({ result }, ({ result }) => ({ session: result.session!, outcome: result.outcome!, source: "querydr" as const })))
  })
  when("complete-reconciled-cart", { result }, ({ result }) => result.kind === "paid").then(() => {
    completePaidCartStep(transform({ result }, ({ result }) => ({ payment_collection_id: result.session!.payment_collection_id, workflow_id: result.workflow_id })))
  })
  releaseLockStep({ key })
  return new WorkflowResponse(
    transform({ result, input }, ({ result, input }) => ({ txn_ref: input.txn_ref, kind: result.kind, reason: result.reason })),
  )
})
