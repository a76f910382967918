import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sealNationalIdStep } from "../steps/seal-national-id"
import { syncSellerVisibilityStep } from "../steps/sync-seller-visibility"
import { updateSellersStep } from "../steps/update-sellers"

export type SellerProfileUpdate = Record<string, unknown> & { national_id?: string }

/** A seller edits its own profile; a national ID is sealed before it is stored. */
export const updateSellerProfileWorkflow = createWorkflow(
  "update-seller-profile",
  (input: { seller_id: string; update: SellerProfileUpdate }) => {
    const sealed = sealNationalIdStep({ national_id: input.update.national_id })
    const update = transform({ input, sealed }, ({ input, sealed }) => {
      const { national_id: _plain, ...rest } = input.update
      return [{ id: input.seller_id, ...rest, ...(sealed ?? {}) }]
    })
    const updated = updateSellersStep(update)
    const seller = transform({ updated }, ({ updated }) => updated[0])
    when({ input }, ({ input }) => "closed_from" in input.update || "closed_until" in input.update).then(() => {
      syncSellerVisibilityStep(transform({ input }, ({ input }) => ({ seller_ids: [input.seller_id] })))
    })
    return new WorkflowResponse(seller)
  }
)
