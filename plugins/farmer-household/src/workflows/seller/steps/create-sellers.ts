import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type CreateSellerInput = {
  handle: string
  name: string
  type?: "household" | "cooperative" | "enterprise"
  status?: "pending" | "approved"
  representative_name?: string | null
  phone?: string | null
  email?: string | null
  province?: string | null
  commune?: string | null
  address_line?: string | null
  story?: string | null
  farm_area_m2?: number | null
}

export const createSellersStep = createStep(
  "create-sellers",
  async (input: CreateSellerInput[], { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const sellers = await service.createSellers(input)
    return new StepResponse(sellers, sellers.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellers(ids)
  }
)
