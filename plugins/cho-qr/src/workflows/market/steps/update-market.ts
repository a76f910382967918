import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"

export type MarketChanges = {
  id: string
  name?: string
  commune?: string
  province?: string
  opening_hours?: string | null
  /** A VNPay merchant for VNPAY-QR, null to remove it, absent to leave it as it is. */
  vnpay?: { tmn_code: string; hash_secret: string } | null
}

/**
 * Changes a market's details or its VNPay merchant. The hash secret is sealed here, before it
 * reaches the database; a terminal code belongs to one market, since IPNs find their market by it.
 */
export const updateMarketStep = createStep("update-market", async ({ vnpay, ...changes }: MarketChanges, { container }) => {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const before = await service.retrieveMarket(changes.id)
  const merchant =
    vnpay === undefined
      ? {}
      : vnpay === null
        ? { vnpay_tmn_code: null, vnpay_hash_secret_sealed: null }
        : { vnpay_tmn_code: vnpay.tmn_code, vnpay_hash_secret_sealed: service.sealVnpaySecret(vnpay.hash_secret) }
  if (vnpay) {
    const [taken] = await service.listMarkets({ vnpay_tmn_code: vnpay.tmn_code, id: { $ne: before.id } }, { take: 1 })
    if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "Mã TMN này đã gắn với một chợ khác / This VNPay terminal code belongs to another market")
  }
  const updated = await service.updateMarkets({ ...changes, ...merchant })
  const { id, name, commune, province, opening_hours, vnpay_tmn_code, vnpay_hash_secret_sealed } = before
  return new StepResponse(updated, { id, name, commune, province, opening_hours, vnpay_tmn_code, vnpay_hash_secret_sealed })
}, async (before, { container }) => {
  if (before) await container.resolve<MarketModuleService>(MARKET_MODULE).updateMarkets(before)
})
