import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"

export type NewMarket = { name: string; commune: string; province: string; opening_hours?: string | null }

export const createMarketStep = createStep("create-market", async (input: NewMarket, { container }) => {
  const market = await container.resolve<MarketModuleService>(MARKET_MODULE).createMarkets(input)
  return new StepResponse(market, market.id)
}, async (id, { container }) => {
  if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).deleteMarkets(id)
})
