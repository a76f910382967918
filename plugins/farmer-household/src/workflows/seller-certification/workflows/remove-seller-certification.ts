import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCertificationStep } from "../steps/delete-certification"

export const removeSellerCertificationWorkflow = createWorkflow(
  "remove-seller-certification",
  (input: { id: string }) => new WorkflowResponse(deleteCertificationStep(input.id))
)
