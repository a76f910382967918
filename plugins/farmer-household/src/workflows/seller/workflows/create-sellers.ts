import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSellersStep, type CreateSellerInput } from "../steps/create-sellers"

/** Sellers created directly (seed, operator imports), already with their status. */
export const createSellersWorkflow = createWorkflow("create-sellers", (input: { sellers: CreateSellerInput[] }) => {
  const sellers = createSellersStep(input.sellers)
  return new WorkflowResponse(sellers)
})
