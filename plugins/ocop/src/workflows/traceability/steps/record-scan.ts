import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@nongsan/farmer-household/api/utils/seller-context"
import { TRACEABILITY_MODULE, type TraceabilityModuleService } from "../../../modules/traceability"

/**
 * Counts a scan of a public code. No compensation: the scan happened, whatever follows. An
 * unknown code answers the same 404 as a malformed one (the route checks the form first).
 */
export const recordScanStep = createStep("record-batch-scan", async (code: string, { container }) => {
  const scanned = await container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE).recordScan(code)
  if (!scanned) notFound({ vi: "lô hàng", en: "Batch" })
  return new StepResponse(scanned)
})
