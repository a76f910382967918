import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePayoutBatchOr404 } from "../../../../lib/payout-batch"
import { discardPayoutBatchWorkflow } from "../../../../workflows/workflows/payout-batches"

/** One batch, its transfers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payout_batch: await retrievePayoutBatchOr404(req.scope, req.params.id) })
}

/** Discards a draft batch; its entries wait for the next one. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrievePayoutBatchOr404(req.scope, req.params.id)
  await discardPayoutBatchWorkflow(req.scope).run({ input: { batch_id: req.params.id } })
  res.json({ id: req.params.id, object: "payout_batch", deleted: true })
}
