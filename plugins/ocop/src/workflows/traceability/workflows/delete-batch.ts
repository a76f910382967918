import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import { assertBatchNotOnOrdersStep } from "../steps/assert-batch-not-on-orders"
import { deleteBatchStep } from "../steps/delete-batch"

/** A seller deletes a batch no order carries (the caller has checked it is the seller's). */
export const deleteBatchWorkflow = createWorkflow("delete-batch", (input: { id: string }) => {
  assertBatchNotOnOrdersStep(input.id)
  const deleted = deleteBatchStep(input.id)
  // Its link to the product goes too, so the product no longer lists it.
  removeRemoteLinkStep(transform({ input }, ({ input }) => [{ [TRACEABILITY_MODULE]: { batch_id: input.id } }]))
  return new WorkflowResponse(deleted)
})
