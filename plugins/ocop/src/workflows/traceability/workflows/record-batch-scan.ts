import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordScanStep } from "../steps/record-scan"

/** Someone opened the trace page of a code: count it, atomically. Answers { id, scan_count }. */
export const recordBatchScanWorkflow = createWorkflow("record-batch-scan", (input: { code: string }) =>
  new WorkflowResponse(recordScanStep(input.code))
)
