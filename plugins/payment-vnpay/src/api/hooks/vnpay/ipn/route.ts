import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ipnSaysPaid, type IpnResponse } from "../../../../lib/vnpay"
import { confirmVnpayIpnWorkflow } from "../../../../workflows/vnpay/workflows/confirm-vnpay-ipn"

/**
 * VNPay's IPN (server to server, GET). The only thing that changes an order's payment. Always
 * answers HTTP 200 with VNPay's {RspCode, Message}: VNPay reads the body, not the status.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  let response: IpnResponse
  try {
    const { result } = await confirmVnpayIpnWorkflow(req.scope).run({ input: { query: req.query as Record<string, unknown> } })
    response = result
    // A signed, paid IPN for no session of ours: the buyer paid a pay URL whose session Medusa
    // has since replaced (the cart changed). The money is at VNPay with no order: say so loudly.
    if (result.RspCode === "01" && ipnSaysPaid(req.query)) {
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`VNPay took ${Number(req.query.vnp_Amount) / 100} ₫ for reference ${String(req.query.vnp_TxnRef)} (VNPay no. ${String(req.query.vnp_TransactionNo ?? "")}) that has no payment session: refund it at VNPay`)
    }
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`VNPay IPN ${String(req.query.vnp_TxnRef ?? "")} failed: ${(error as Error).message}`)
    response = { RspCode: "99", Message: "Unknown error" }
  }
  res.status(200).json(response)
}
