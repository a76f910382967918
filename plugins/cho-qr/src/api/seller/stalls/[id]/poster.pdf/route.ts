import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { stallPosterPdf } from "../../../../../lib/market/stall-poster-pdf"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"

/** The stall's poster as a print-ready PDF (A5, fonts embedded). */
export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  const stall = await req.scope.resolve<MarketModuleService>(MARKET_MODULE).retrieveStall(req.params.id, { relations: ["market"] })
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `inline; filename="quay-${stall.number}.pdf"`)
  res.send(await stallPosterPdf(stall))
}
