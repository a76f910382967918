import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"

/** Marks a stall removed; its ledger, sales and closes stay as they are. */
export const archiveStallStep = createStep("archive-stall", async (input: { id: string }, { container }) => {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const stall = await service.retrieveStall(input.id)
  if (stall.archived_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Quầy đã được gỡ / The stall is already archived")
  const archived = await service.updateStalls({ id: stall.id, archived_at: new Date() })
  return new StepResponse(archived, stall.id)
}, async (id, { container }) => {
  if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).updateStalls({ id, archived_at: null })
})
