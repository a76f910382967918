import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "../../../utils/seller-context"
import { loadSellerOrder } from "../../../utils/seller-orders"

export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ order: await loadSellerOrder(req.scope, req.params.id) })
}
