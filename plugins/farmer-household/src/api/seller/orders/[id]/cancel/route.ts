import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelSellerOrderWorkflow } from "../../../../../workflows/seller-order/workflows/seller-order-actions"
import type { SellerRequest } from "../../../../utils/seller-context"
import { loadSellerOrder } from "../../../../utils/seller-orders"
import type { CancelSellerOrder } from "../../validators"

export async function POST(req: SellerRequest<CancelSellerOrder>, res: MedusaResponse) {
  await cancelSellerOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, member_id: req.seller_context.member_id, reason: req.validatedBody.reason },
  })
  res.json({ order: await loadSellerOrder(req.scope, req.params.id) })
}
