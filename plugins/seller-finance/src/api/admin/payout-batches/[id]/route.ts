import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePayoutBatchOr404 } from "../../../../lib/payout-batch"

/** One batch, its transfers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payout_batch: await retrievePayoutBatchOr404(req.scope, req.params.id) })
}
