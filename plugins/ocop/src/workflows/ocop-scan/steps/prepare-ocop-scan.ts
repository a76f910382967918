import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { prepareScan } from "../../../lib/scans/scan-format"

/** Checks the upload and strips an image's metadata (lib/scans/scan-format); only computes. */
export const prepareOcopScanStep = createStep("prepare-ocop-scan", async (input: { content: string }) => {
  const scan = await prepareScan(Buffer.from(input.content, "base64"))
  // Base64: workflow data is kept as JSON, where a Buffer is not.
  return new StepResponse({ content: scan.content.toString("base64"), mime_type: scan.mime_type, extension: scan.extension })
})
