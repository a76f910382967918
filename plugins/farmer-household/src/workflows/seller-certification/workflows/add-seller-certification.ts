import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateCertification } from "../../../api/seller/certifications/validators"
import { createCertificationStep } from "../steps/create-certification"

/** A seller records a farming certification (VietGAP, organic…) shown on its public page. */
export const addSellerCertificationWorkflow = createWorkflow(
  "add-seller-certification",
  (input: CreateCertification & { seller_id: string }) => new WorkflowResponse(createCertificationStep(input))
)
