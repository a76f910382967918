import type { MedusaResponse } from "@medusajs/framework/http"
import { notFound, type SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { sellerOrderEarnings } from "../../../../../lib/seller-earnings"

/** One of the caller's orders with its deductions; another seller's order is a 404. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const { orders: [order] } = await sellerOrderEarnings(req.scope, req.seller_context.seller_id, { limit: 1, offset: 0, orderId: req.params.id })
  if (!order) notFound({ vi: "đơn hàng", en: "Order" })
  res.json({ order })
}
