import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reconcileVnpayPaymentWorkflow } from "../../../../../workflows/vnpay/workflows/reconcile-vnpay-payment"

/**
 * The operator asks VNPay about one payment now (a buyer says they paid but has no order): the
 * same settlement the scheduled job makes for expired ones.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await reconcileVnpayPaymentWorkflow(req.scope).run({ input: { txn_ref: req.params.txn_ref } })
  res.json({ reconciliation: result })
}
