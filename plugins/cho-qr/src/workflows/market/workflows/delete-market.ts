import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteEmptyMarketStep } from "../steps/delete-empty-market"

export const deleteMarketWorkflow = createWorkflow("delete-market", (input: { id: string }) => new WorkflowResponse(deleteEmptyMarketStep(input)))
