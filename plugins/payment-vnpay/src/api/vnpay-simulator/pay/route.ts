import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { simulatorOptions } from "../../../lib/simulator/guard"
import { simulatorPayPage } from "../../../lib/simulator/pay-page"
import { signedPayQuery } from "../../../lib/simulator/signed-pay-query"

/** DEVELOPMENT SIMULATOR: VNPay's payment page, reached through our own signed pay URL. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { hashSecret } = simulatorOptions(req.scope)
  const query = signedPayQuery(req.query as Record<string, unknown>, hashSecret)
  if (!query) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Liên kết thanh toán không hợp lệ hoặc đã hết hạn / Invalid or expired payment link")
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.send(simulatorPayPage(query, `${req.baseUrl}${req.path.replace(/\/$/, "")}/confirm`))
}
