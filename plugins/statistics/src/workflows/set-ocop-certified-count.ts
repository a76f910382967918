import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CertifiedCountInput, upsertOcopCertifiedCountStep } from "./steps/upsert-ocop-certified-count"

/** The operator enters how many products the province certified OCOP in a year. */
export const setOcopCertifiedCountWorkflow = createWorkflow("set-ocop-certified-count", (input: CertifiedCountInput) => {
  return new WorkflowResponse(upsertOcopCertifiedCountStep(input))
})
