import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../../../lib/http/parse-input"
import { DayQuerySchema } from "../../../../../lib/market/day-query"
import { stallDay } from "../../../../../lib/market/stall-day"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"
import { adjustStallLedgerWorkflow } from "../../../../../workflows/market/workflows/adjust-stall-ledger"
import { LedgerAdjustmentSchema } from "../../../markets/validators"

/** A stall's books for a day, as the vendor sees them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { day } = parseInput(DayQuerySchema, req.query)
  await req.scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(req.params.id)
  res.json(await stallDay(req.scope, req.params.id, day))
}

/** The operator's refund or correction, with its reason. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const input = parseInput(LedgerAdjustmentSchema, req.body)
  await req.scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(req.params.id)
  const { result } = await adjustStallLedgerWorkflow(req.scope).run({ input: { ...input, stall_id: req.params.id } })
  res.status(201).json({ entry: result })
}
