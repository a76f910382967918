import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { setLineItemBatchWorkflow } from "../../../../../../../workflows/traceability/workflows/set-line-item-batch"
import { batchesOfLineItems } from "../../../../../../utils/line-item-batches"
import type { AssignBatch } from "../../../../../batches/validators"

// requireOwnOrder (farmer-household, /seller/orders/:id/*) has answered 404 for another seller's order.

/** Says which of the caller's batches this line was packed from. */
export async function POST(req: SellerRequest<AssignBatch>, res: MedusaResponse) {
  await setLineItemBatch(req, req.validatedBody.batch_id)
  const batches = await batchesOfLineItems(req.scope, [req.params.line_item_id])
  res.json({ line_item_id: req.params.line_item_id, batch: batches.get(req.params.line_item_id) ?? null })
}

/** Takes the batch off the line. */
export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  await setLineItemBatch(req, undefined)
  res.json({ line_item_id: req.params.line_item_id, batch: null })
}

function setLineItemBatch(req: SellerRequest, batchId: string | undefined) {
  return setLineItemBatchWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, order_id: req.params.id, line_item_id: req.params.line_item_id, batch_id: batchId },
  })
}
