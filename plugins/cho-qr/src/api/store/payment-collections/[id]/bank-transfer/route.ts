import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { startBankTransferWorkflow } from "../../../../../workflows/bank-transfer/workflows/start-bank-transfer"

/**
 * The buyer pays by bank transfer: the session's data holds the dynamic VietQR payload, the
 * account, the amount, the memo and when the code expires, for the checkout to show.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // Medusa's session workflow fails on an unknown collection with an error of no type (a 500):
  // the buyer hears "not found" instead.
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [collection] } = await query.graph({ entity: "payment_collection", fields: ["id"], filters: { id: req.params.id } })
  if (!collection) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy phiên thanh toán / Payment collection not found")
  }
  const { result } = await startBankTransferWorkflow(req.scope).run({
    input: { payment_collection_id: collection.id, customer_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ payment_session: result })
}
