import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSellersStep, type CreateSellerInput } from "../steps/create-sellers"

export const createSellersWorkflow = createWorkflow("create-sellers", (input: { sellers: CreateSellerInput[] }) => {
  const sellers = createSellersStep(input.sellers)
  return new WorkflowResponse(sellers)
})
