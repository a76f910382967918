import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completePaidCartStep } from "../steps/complete-paid-cart"

/** For routes: completes the cart of a payment collection whose payment was just confirmed. */
export const completePaidCartWorkflow = createWorkflow("complete-paid-cart", (input: { payment_collection_id: string; workflow_id: string }) => {
  return new WorkflowResponse(completePaidCartStep(input))
})
