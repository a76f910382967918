import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateStallStep, type StallChanges } from "../steps/update-stall"

export const updateStallWorkflow = createWorkflow("update-stall", (input: StallChanges) => new WorkflowResponse(updateStallStep(input)))
