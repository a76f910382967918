import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimInvitationsStep } from "../steps/claim-stall-invitations"

/** Run when a vendor opens their stalls: pending invitations for their phone are accepted. */
export const claimStallInvitationsWorkflow = createWorkflow("claim-stall-invitations", (input: { seller_id: string; phone: string | null }) => {
  return new WorkflowResponse(claimInvitationsStep(input))
})
