import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePayoutBatchOr404 } from "../../../../../lib/payout-batch"
import { markPayoutBatchPaidWorkflow } from "../../../../../workflows/workflows/payout-batches"

/** The bank has made the batch's transfers: books the payouts, once, however often this is called. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await retrievePayoutBatchOr404(req.scope, req.params.id)
  await markPayoutBatchPaidWorkflow(req.scope).run({ input: { batch_id: req.params.id, user_id: req.auth_context.actor_id } })
  res.json({ payout_batch: await retrievePayoutBatchOr404(req.scope, req.params.id) })
}
