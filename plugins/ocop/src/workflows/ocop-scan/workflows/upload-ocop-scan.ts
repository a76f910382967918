import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareOcopScanStep } from "../steps/prepare-ocop-scan"
import { storeOcopScanStep } from "../steps/store-ocop-scan"

/**
 * A seller's scan of a certificate (a phone photo or a PDF), checked and stored; the answer is
 * what POST /seller/ocop-certificates takes as `scan`. Refusals are invalid_data with code
 * unsupported_scan or too_large.
 */
export const uploadOcopScanWorkflow = createWorkflow("upload-ocop-scan", (input: { seller_id: string; content: string }) => {
  const scan = prepareOcopScanStep(transform({ input }, ({ input }) => ({ content: input.content })))
  const stored = storeOcopScanStep(transform({ input, scan }, ({ input, scan }) => ({ seller_id: input.seller_id, ...scan })))
  return new WorkflowResponse(stored)
})
