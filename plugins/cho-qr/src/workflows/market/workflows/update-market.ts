import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateMarketStep, type MarketChanges } from "../steps/update-market"

export const updateMarketWorkflow = createWorkflow("update-market", (input: MarketChanges) => new WorkflowResponse(updateMarketStep(input)))
