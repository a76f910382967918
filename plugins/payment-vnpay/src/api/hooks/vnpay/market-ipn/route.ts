import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { IpnResponse } from "../../../../lib/vnpay"
import { confirmStallVnpayIpnWorkflow } from "../../../../workflows/vnpay/workflows/confirm-stall-vnpay-ipn"

/**
 * VNPay's IPN for VNPAY-QR sales at market stalls (server to server, GET), the URL registered
 * with VNPay for each market's terminal code. Kept apart from /hooks/vnpay/ipn, which verifies
 * with the shop's own secret and settles checkouts: each terminal has its own secret, and a stall
 * payment books a ledger line, not an order. Always HTTP 200 with VNPay's {RspCode, Message}.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  let response: IpnResponse
  try {
    const { result } = await confirmStallVnpayIpnWorkflow(req.scope).run({ input: { query: req.query as Record<string, unknown> } })
    response = result
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`VNPay market IPN ${String(req.query.vnp_TxnRef ?? "")} failed: ${(error as Error).message}`)
    response = { RspCode: "99", Message: "Unknown error" }
  }
  res.status(200).json(response)
}
