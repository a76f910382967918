import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import { validateLineItemBatchStep, type LineItemBatchInput } from "../steps/validate-line-item-batch"

const lineBatchLink = (batchId: string, lineItemId: string) => ({
  [TRACEABILITY_MODULE]: { batch_id: batchId },
  [Modules.ORDER]: { order_line_item_id: lineItemId },
})

/**
 * A seller says which batch an order line was packed from (or, without batch_id, that it carries
 * none): the line's previous batch link is replaced. The caller has checked the order is the
 * seller's; the step checks the line and the batch.
 */
export const setLineItemBatchWorkflow = createWorkflow("set-line-item-batch", (input: LineItemBatchInput) => {
  const checked = validateLineItemBatchStep(input)
  dismissRemoteLinkStep(
    transform({ input, checked }, ({ input, checked }) =>
      checked.previous_batch_id ? [lineBatchLink(checked.previous_batch_id, input.line_item_id)] : []
    )
  )
  createRemoteLinkStep(transform({ input }, ({ input }) => (input.batch_id ? [lineBatchLink(input.batch_id, input.line_item_id)] : [])))
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ line_item_id: input.line_item_id, batch_id: input.batch_id ?? null })))
})
