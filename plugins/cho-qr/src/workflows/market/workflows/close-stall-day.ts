import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { closeStallDayStep } from "../steps/close-stall-day"

/** The vendor's end of a market day (entries booked later stay in the ledger, after the close). */
export const closeStallDayWorkflow = createWorkflow("close-stall-day", (input: { stall_id: string; day: string }) =>
  new WorkflowResponse(closeStallDayStep(input)),
)
