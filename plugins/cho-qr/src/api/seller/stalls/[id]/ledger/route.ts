import type { MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../../lib/http/parse-input"
import { DayQuerySchema } from "../../../../../lib/market/day-query"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { stallDay } from "../../../../../lib/market/stall-day"

/** The stall's books for a day (today by default): entries, total, count, and the close. */
export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  const { day } = parseInput(DayQuerySchema, req.query)
  res.json(await stallDay(req.scope, req.params.id, day))
}
