import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { paymentQrSvg, staticStallPayload } from "../../../../../lib/market/stall-qr"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"

/** The stall's static VietQR as SVG. */
export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  const stall = await req.scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(req.params.id)
  res.setHeader("content-type", "image/svg+xml")
  res.send(await paymentQrSvg(staticStallPayload(stall)))
}
