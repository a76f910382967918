import type { MedusaResponse } from "@medusajs/framework/http"
import contentDisposition from "content-disposition"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { stallPosterSvg } from "../../../../../lib/market/stall-poster-svg"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"

/** The stall's printable poster (SVG, A5). */
export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  const stall = await req.scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(req.params.id, { relations: ["market"] })
  res.setHeader("content-type", "image/svg+xml")
  // A stall number is free text ("Ấ-12"): a raw header with it is refused by Node (a 500).
  res.setHeader("content-disposition", contentDisposition(`quay-${stall.number}.svg`, { type: "inline" }))
  res.send(await stallPosterSvg(stall))
}
