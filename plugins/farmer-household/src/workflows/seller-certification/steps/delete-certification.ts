import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"

/** Soft-deletes, so compensation can restore it. */
export const deleteCertificationStep = createStep(
  "delete-seller-certification",
  async (id: string, { container }) => {
    await container.resolve<SellerModuleService>(SELLER_MODULE).softDeleteSellerCertifications(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<SellerModuleService>(SELLER_MODULE).restoreSellerCertifications(id)
  }
)
