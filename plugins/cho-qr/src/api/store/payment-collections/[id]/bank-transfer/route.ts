import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startBankTransferWorkflow } from "../../../../../workflows/bank-transfer/workflows/start-bank-transfer"

/**
 * The buyer pays by bank transfer: the session's data holds the dynamic VietQR payload, the
 * account, the amount, the memo and when the code expires, for the checkout to show.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await startBankTransferWorkflow(req.scope).run({
    input: { payment_collection_id: req.params.id, customer_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ payment_session: result })
}
