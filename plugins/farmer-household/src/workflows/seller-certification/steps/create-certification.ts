import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import type { CreateCertification } from "../../../api/seller/certifications/validators"

export const createCertificationStep = createStep(
  "create-seller-certification",
  async (input: CreateCertification & { seller_id: string }, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const certification = await service.createSellerCertifications(input)
    return new StepResponse(certification, certification.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerCertifications(id)
  }
)
