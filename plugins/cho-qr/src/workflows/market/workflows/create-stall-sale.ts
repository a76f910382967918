import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStallSaleStep } from "../steps/create-stall-sale"

export const createStallSaleWorkflow = createWorkflow("create-stall-sale", (input: { stall_id: string; amount: number; note?: string | null }) =>
  new WorkflowResponse(createStallSaleStep(input)),
)
