import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { sellerEarnings } from "../../../lib/seller-earnings"

/** The caller's balances and month-by-month earnings. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json(await sellerEarnings(req.scope, req.seller_context.seller_id))
}
