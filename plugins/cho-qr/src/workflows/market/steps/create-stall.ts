import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"

export type NewStall = {
  market_id: string
  number: string
  name: string
  goods?: string | null
  bank_bin: string
  bank_name?: string | null
  account_number: string
  account_holder: string
}

export const createStallStep = createStep("create-stall", async (input: NewStall, { container }) => {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  await service.retrieveMarket(input.market_id)
  const [taken] = await service.listStalls({ bank_bin: input.bank_bin, account_number: input.account_number, archived_at: null }, { take: 1 })
  if (taken) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "Tài khoản này đã gắn với một quầy khác / This account already belongs to another stall")
  }
  const stall = await service.createStalls(input)
  return new StepResponse(stall, stall.id)
}, async (id, { container }) => {
  if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).deleteStalls(id)
})
