import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { IpnResponse } from "../../../../lib/vnpay"
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
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`VNPay IPN ${String(req.query.vnp_TxnRef ?? "")} failed: ${(error as Error).message}`)
    response = { RspCode: "99", Message: "Unknown error" }
  }
  res.status(200).json(response)
}
