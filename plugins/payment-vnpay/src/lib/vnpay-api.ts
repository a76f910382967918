import { MedusaError } from "@medusajs/framework/utils"

/**
 * POSTs a querydr or refund request to VNPay's merchant_webapi and returns its JSON. VNPay being
 * unreachable or answering garbage is our server's problem to report, not the caller's input.
 */
export async function callVnpayApi(apiUrl: string, body: object): Promise<Record<string, unknown>> {
  let response: Response
  try {
    response = await fetch(apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    })
  } catch (error) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Không gọi được VNPay / VNPay is unreachable: ${(error as Error).message}`)
  }
  const answer = await response.json().catch(() => null)
  if (!response.ok || !answer || typeof answer !== "object") {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `VNPay trả lời không hợp lệ / VNPay gave an invalid answer (HTTP ${response.status})`)
  }
  return answer as Record<string, unknown>
}
