import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStallStep, type NewStall } from "../steps/create-stall"
import { inviteStallVendorWorkflow } from "./invite-stall-vendor"

/** A stall in a market, with its vendor invited by phone when the operator gave one. */
export const createStallWorkflow = createWorkflow("create-stall", (input: NewStall & { vendor_phone?: string | null }) => {
  const stall = createStallStep(transform({ input }, ({ input: { vendor_phone: _phone, ...stall } }) => stall))
  when("invite-new-stall-vendor", { input }, ({ input }) => Boolean(input.vendor_phone)).then(() => {
    inviteStallVendorWorkflow.runAsStep({ input: transform({ input, stall }, ({ input, stall }) => ({ stall_id: stall.id, phone: input.vendor_phone! })) })
  })
  return new WorkflowResponse(stall)
})
