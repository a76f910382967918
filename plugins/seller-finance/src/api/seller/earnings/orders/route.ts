import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { sellerOrderEarnings } from "../../../../lib/seller-earnings"
import type { EarningsOrdersQuery } from "../validators"

/** The caller's orders with their deductions, newest first. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as EarningsOrdersQuery
  res.json({ ...(await sellerOrderEarnings(req.scope, req.seller_context.seller_id, { limit, offset })), limit, offset })
}
