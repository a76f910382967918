import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseInput } from "../../../lib/http/parse-input"
import { marketView } from "../../../lib/market/market-view"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"
import { createMarketWorkflow } from "../../../workflows/market/workflows/create-market"
import { CreateMarketSchema } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const markets = await req.scope.resolve<MarketModuleService>(MARKET_MODULE).listMarkets({}, { relations: ["stalls"], order: { province: "ASC", name: "ASC" } })
  res.json({ markets: markets.map(marketView) })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await createMarketWorkflow(req.scope).run({ input: parseInput(CreateMarketSchema, req.body) })
  res.status(201).json({ market: marketView(result) })
}
