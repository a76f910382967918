import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sellerStallLinkKeys } from "../../../lib/market/stall-vendor"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"

type Claim = { seller_id: string; phone: string | null }

/** Stalls whose invitation names the member's phone become the seller's. */
export const claimInvitationsStep = createStep("claim-stall-invitations", async (input: Claim, { container }) => {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const stalls = input.phone ? await service.listStalls({ invited_phone: input.phone }) : []
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const stall of stalls) await link.create(sellerStallLinkKeys(stall.id, input.seller_id))
  if (stalls.length) await service.updateStalls(stalls.map((s) => ({ id: s.id, invited_phone: null })))
  const ids = stalls.map((s) => s.id)
  return new StepResponse(ids, { ids, ...input })
}, async (undo, { container }) => {
  if (!undo?.ids.length) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const id of undo.ids) await link.dismiss(sellerStallLinkKeys(id, undo.seller_id))
  await container.resolve<MarketModuleService>(MARKET_MODULE).updateStalls(undo.ids.map((id) => ({ id, invited_phone: undo.phone })))
})
