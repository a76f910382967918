import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assignStallVendorStep } from "../steps/assign-stall-vendor"
import { findVendorStep } from "../steps/find-vendor"

/**
 * An operator invites a vendor to a stall by phone number: a seller who already signs in with
 * that phone becomes the stall's vendor at once; otherwise the invitation waits on the stall and
 * is claimed the first time a seller with that phone opens their stalls.
 */
export const inviteStallVendorWorkflow = createWorkflow("invite-stall-vendor", (input: { stall_id: string; phone: string }) => {
  const vendor = findVendorStep({ phone: input.phone })
  const assigned = assignStallVendorStep(transform({ input, vendor }, ({ input, vendor }) => ({ stall_id: input.stall_id, seller_id: vendor.seller_id, phone: input.phone })))
  return new WorkflowResponse(assigned)
})
