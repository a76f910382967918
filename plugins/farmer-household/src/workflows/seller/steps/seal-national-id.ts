import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export const sealNationalIdStep = createStep("seal-national-id", async (input: { national_id?: string }, { container }) => {
  if (!input.national_id) return new StepResponse(null)
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  return new StepResponse(service.sealNationalId(input.national_id))
})
