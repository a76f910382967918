import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStallSaleStep, type NewStallSale } from "../steps/create-stall-sale"

export const createStallSaleWorkflow = createWorkflow("create-stall-sale", (input: NewStallSale) =>
  new WorkflowResponse(createStallSaleStep(input)),
)
