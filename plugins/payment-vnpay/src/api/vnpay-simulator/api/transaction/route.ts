import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { simulatorOptions } from "../../../../lib/simulator/guard"
import { answerSimulatedApi } from "../../../../lib/simulator/simulated-bank"

/** DEVELOPMENT SIMULATOR: VNPay's merchant_webapi (querydr and refund). */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const { hashSecret } = simulatorOptions(req.scope)
  res.json(answerSimulatedApi((req.body ?? {}) as Record<string, unknown>, hashSecret))
}
