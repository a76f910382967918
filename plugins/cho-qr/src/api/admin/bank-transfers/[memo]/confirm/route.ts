import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requireBankTransferOptions } from "../../../../../lib/bank-transfer/plugin-options"
import { completeCartQuietly } from "../../../../../lib/medusa/complete-cart-quietly"
import { confirmBankTransferWorkflow } from "../../../../../workflows/bank-transfer/workflows/confirm-bank-transfer"

/** The operator confirms by hand a transfer seen on the bank statement. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const options = requireBankTransferOptions(req.scope)
  const { result } = await confirmBankTransferWorkflow(req.scope).run({ input: { memo: req.params.memo.toUpperCase() } })
  res.json({ confirmed: true, order_placed: await completeCartQuietly(req.scope, result.payment_collection_id, options.completeCartWorkflowId) })
}
