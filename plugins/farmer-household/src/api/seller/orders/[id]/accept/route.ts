import type { MedusaResponse } from "@medusajs/framework/http"
import { acceptSellerOrderWorkflow } from "../../../../../workflows/seller-order/workflows/seller-order-actions"
import type { SellerRequest } from "../../../../utils/seller-context"
import { loadSellerOrder } from "../../../../utils/seller-orders"

export async function POST(req: SellerRequest, res: MedusaResponse) {
  await acceptSellerOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, member_id: req.seller_context.member_id } })
  res.json({ order: await loadSellerOrder(req.scope, req.params.id) })
}
