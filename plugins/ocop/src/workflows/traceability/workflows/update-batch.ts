import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UpdateBatch } from "../../../api/seller/batches/validators"
import { updateBatchStep } from "../steps/update-batch"

/** A seller corrects a batch (the caller has checked it is the seller's). */
export const updateBatchWorkflow = createWorkflow("update-batch", (input: { id: string; update: UpdateBatch }) =>
  new WorkflowResponse(updateBatchStep(input))
)
