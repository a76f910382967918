import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncSellerVisibilityStep } from "../steps/sync-seller-visibility"

export const syncSellerVisibilityWorkflow = createWorkflow("sync-seller-visibility", (input: { seller_ids: string[] }) => {
  return new WorkflowResponse(syncSellerVisibilityStep(input))
})
