import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMarketStep, type NewMarket } from "../steps/create-market"

export const createMarketWorkflow = createWorkflow("create-market", (input: NewMarket) => new WorkflowResponse(createMarketStep(input)))
