import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"

/**
 * Deletes a market that never had a stall (one set up by mistake). A market with stalls, even
 * archived ones, keeps their books: it is refused rather than cascading into ledgers.
 */
export const deleteEmptyMarketStep = createStep("delete-empty-market", async (input: { id: string }, { container }) => {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  await service.retrieveMarket(input.id)
  const [stall] = await service.listStalls({ market_id: input.id }, { take: 1, select: ["id"] })
  if (stall) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chợ còn quầy (kể cả quầy đã gỡ): không xóa được / The market has stalls (archived ones too): it cannot be deleted")
  await service.softDeleteMarkets(input.id)
  return new StepResponse(input.id, input.id)
}, async (id, { container }) => {
  if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).restoreMarkets(id)
})
