import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { paymentQrPng, staticStallPayload } from "../../../../../lib/market/stall-qr"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"

/** The stall's static VietQR as a PNG sized for printing. */
export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  const stall = await req.scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(req.params.id)
  res.setHeader("content-type", "image/png")
  res.send(await paymentQrPng(staticStallPayload(stall)))
}
