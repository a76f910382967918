import type { MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../../lib/http/parse-input"
import { DayQuerySchema } from "../../../../../lib/market/day-query"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { closeStallDayWorkflow } from "../../../../../workflows/market/workflows/close-stall-day"

/** Closes a market day (today by default; `{ "day": "yyyy-mm-dd" }` for an earlier one). */
export async function POST(req: SellerStallRequest, res: MedusaResponse) {
  const { day } = parseInput(DayQuerySchema, req.body)
  const { result } = await closeStallDayWorkflow(req.scope).run({ input: { stall_id: req.params.id, day } })
  res.status(201).json({ close: result })
}
