import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"

export type StallChanges = {
  id: string
  number?: string
  name?: string
  goods?: string | null
  bank_bin?: string
  bank_name?: string | null
  account_number?: string
  account_holder?: string
}

/** Changes a stall's details or account (one account, one open stall still holds); undone with the old values. */
export const updateStallStep = createStep("update-stall", async (changes: StallChanges, { container }) => {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const before = await service.retrieveStall(changes.id)
  const account = { bank_bin: changes.bank_bin ?? before.bank_bin, account_number: changes.account_number ?? before.account_number }
  const [taken] = await service.listStalls({ ...account, id: { $ne: before.id }, archived_at: null }, { take: 1 })
  if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "Tài khoản này đã gắn với một quầy khác / This account already belongs to another stall")
  const updated = await service.updateStalls(changes)
  const { id, number, name, goods, bank_bin, bank_name, account_number, account_holder } = before
  return new StepResponse(updated, { id, number, name, goods, bank_bin, bank_name, account_number, account_holder })
}, async (before, { container }) => {
  if (before) await container.resolve<MarketModuleService>(MARKET_MODULE).updateStalls(before)
})
