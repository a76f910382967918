import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { syncSellerVisibilityStep } from "../steps/sync-seller-visibility"
import { updateSellersStep } from "../steps/update-sellers"
import { validateSellerStatusChangeStep, type SellerStatusAction } from "../steps/validate-status-change"

export const SELLER_STATUS_CHANGED = "seller.status_changed"

/** The operator approves, rejects (with a reason), suspends (with a reason) or reinstates. */
export const changeSellerStatusWorkflow = createWorkflow(
  "change-seller-status",
  (input: { seller_id: string; action: SellerStatusAction; reason?: string | null }) => {
    const update = validateSellerStatusChangeStep(input)
    const updated = updateSellersStep(transform({ update }, ({ update }) => [update]))
    const seller = transform({ updated }, ({ updated }) => updated[0])
    syncSellerVisibilityStep(transform({ input }, ({ input }) => ({ seller_ids: [input.seller_id] })))
    emitEventStep({
      eventName: SELLER_STATUS_CHANGED,
      data: transform({ input }, ({ input }) => ({ id: input.seller_id, action: input.action })),
    })
    return new WorkflowResponse(seller)
  }
)
