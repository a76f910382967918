import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { archiveStallStep } from "../steps/archive-stall"
import { assignStallVendorStep } from "../steps/assign-stall-vendor"

/**
 * The operator removes a stall: its vendor is let go (and any invitation withdrawn) first, then
 * the stall is archived. Its books stay for the market's CSV, the reports and the operator.
 */
export const archiveStallWorkflow = createWorkflow("archive-stall", (input: { id: string }) => {
  assignStallVendorStep({ stall_id: input.id, seller_id: null, phone: null })
  return new WorkflowResponse(archiveStallStep(input))
})
