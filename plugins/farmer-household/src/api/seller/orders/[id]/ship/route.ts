import type { MedusaResponse } from "@medusajs/framework/http"
import { shipSellerOrderWorkflow } from "../../../../../workflows/seller-order/workflows/seller-order-actions"
import type { SellerRequest } from "../../../../utils/seller-context"
import { loadSellerOrder } from "../../../../utils/seller-orders"
import type { ShipSellerOrder } from "../../validators"

export async function POST(req: SellerRequest<ShipSellerOrder>, res: MedusaResponse) {
  await shipSellerOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, member_id: req.seller_context.member_id, ...req.validatedBody },
  })
  res.json({ order: await loadSellerOrder(req.scope, req.params.id) })
}
