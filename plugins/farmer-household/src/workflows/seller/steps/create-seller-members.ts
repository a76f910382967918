import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export type CreateSellerMemberInput = {
  seller_id: string
  name: string
  phone?: string | null
  email?: string | null
  role?: "owner" | "member"
}

export const createSellerMembersStep = createStep(
  "create-seller-members",
  async (input: CreateSellerMemberInput[], { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const members = await service.createSellerMembers(input)
    return new StepResponse(members, members.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellerMembers(ids)
  }
)
