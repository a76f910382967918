import type { MedusaResponse } from "@medusajs/framework/http"
import { businessDay } from "../../../../lib/market/business-day"
import type { SellerStallRequest } from "../../../../lib/market/seller-stalls"
import { stallView } from "../../../../lib/market/stall-view"

export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  res.json({ stall: await stallView(req.scope, req.params.id, businessDay()) })
}
