import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { simulatorOptions } from "../../../../lib/simulator/guard"
import { settleSimulatedPayment, SIMULATED_OUTCOMES, type SimulatedOutcome } from "../../../../lib/simulator/simulated-bank"
import { signedPayQuery } from "../../../../lib/simulator/signed-pay-query"
import { canonicalQuery } from "../../../../lib/vnpay"

/**
 * DEVELOPMENT SIMULATOR: what VNPay does once the buyer decides: sends the signed IPN to our
 * IPN route (server to server, over HTTP), then sends the buyer to the return URL with the same
 * signed parameters.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { hashSecret } = simulatorOptions(req.scope)
  const { outcome, ...rest } = req.query as Record<string, unknown>
  const pay = signedPayQuery(rest, hashSecret)
  if (!pay || typeof outcome !== "string" || !(outcome in SIMULATED_OUTCOMES)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Liên kết thanh toán không hợp lệ hoặc đã hết hạn / Invalid or expired payment link")
  }
  const params = settleSimulatedPayment(pay, outcome as SimulatedOutcome, hashSecret)
  const query = `${canonicalQuery(params)}&vnp_SecureHash=${params.vnp_SecureHash}`
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  if (SIMULATED_OUTCOMES[outcome as SimulatedOutcome].sendsIpn) {
    await sendIpn(`${req.protocol}://${req.get("host")}/hooks/vnpay/ipn?${query}`, logger, `${pay.vnp_TxnRef} (${outcome})`)
  } else {
    logger.info(`[VNPay simulator] IPN ${pay.vnp_TxnRef} deliberately not sent`)
  }
  res.redirect(302, `${pay.vnp_ReturnUrl}?${query}`)
}

async function sendIpn(url: string, logger: Logger, label: string) {
  try {
    const answer = await (await fetch(url, { signal: AbortSignal.timeout(30_000) })).json()
    logger.info(`[VNPay simulator] IPN ${label} answered ${JSON.stringify(answer)}`)
  } catch (error) {
    // VNPay would retry later; the simulator just says so.
    logger.warn(`[VNPay simulator] IPN ${label} failed: ${(error as Error).message}`)
  }
}
