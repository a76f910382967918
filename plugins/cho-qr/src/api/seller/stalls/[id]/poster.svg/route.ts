import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { stallPosterSvg } from "../../../../../lib/market/stall-poster-svg"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"

/** The stall's printable poster (SVG, A5). */
export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  const stall = await req.scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(req.params.id, { relations: ["market"] })
  res.setHeader("content-type", "image/svg+xml")
  res.setHeader("content-disposition", `inline; filename="quay-${stall.number}.svg"`)
  res.send(await stallPosterSvg(stall))
}
