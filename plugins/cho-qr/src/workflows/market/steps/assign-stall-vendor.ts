import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"
import { sellerStallLinkKeys } from "../../../lib/market/stall-vendor"

type Previous = { stall_id: string; seller_id: string | null; invited_phone: string | null }

/**
 * Makes a seller the stall's vendor (replacing any other) or, without a seller yet, keeps the
 * invited phone on the stall until that phone signs up.
 */
export const assignStallVendorStep = createStep(
  "assign-stall-vendor",
  async (input: { stall_id: string; seller_id: string | null; phone: string | null }, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const stall = await service.retrieveStall(input.stall_id)
    if (stall.archived_at && (input.seller_id || input.phone)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Quầy đã được gỡ: không mời tiểu thương được / The stall is archived: no vendor can be invited")
    }
    const { data: [current] } = await query.graph({ entity: "stall", fields: ["id", "seller.id"], filters: { id: input.stall_id } })
    const previous: Previous = { stall_id: stall.id, seller_id: current?.seller?.id ?? null, invited_phone: stall.invited_phone }
    if (previous.seller_id) await link.dismiss(sellerStallLinkKeys(stall.id, previous.seller_id))
    if (input.seller_id) await link.create(sellerStallLinkKeys(stall.id, input.seller_id))
    await service.updateStalls({ id: stall.id, invited_phone: input.seller_id ? null : input.phone })
    return new StepResponse({ stall_id: stall.id, seller_id: input.seller_id, invited_phone: input.seller_id ? null : input.phone }, { previous, seller_id: input.seller_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { previous, seller_id } = undo
    if (seller_id) await link.dismiss(sellerStallLinkKeys(previous.stall_id, seller_id))
    if (previous.seller_id) await link.create(sellerStallLinkKeys(previous.stall_id, previous.seller_id))
    await container.resolve<MarketModuleService>(MARKET_MODULE).updateStalls({ id: previous.stall_id, invited_phone: previous.invited_phone })
  },
)
