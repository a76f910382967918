import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "@nongsan/farmer-household/api/utils/seller-context"
import { refundSellerOrderWorkflow } from "../../../../../workflows/workflows/refund-seller-order"
import type { SellerOrderRefund } from "./validators"

/** Refunds part of one seller order's online payment, and books it in the seller's ledger. */
export async function POST(req: AuthenticatedMedusaRequest<SellerOrderRefund>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) notFound({ vi: "đơn hàng", en: "Order" })
  const { result } = await refundSellerOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, user_id: req.auth_context.actor_id },
  })
  res.status(201).json({ refund: result })
}
