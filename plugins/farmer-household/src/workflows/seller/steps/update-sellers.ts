import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

type SellerUpdate = { id: string } & Record<string, unknown>

/** Updates sellers; compensation writes back the fields it changed. */
export const updateSellersStep = createStep(
  "update-sellers",
  async (updates: SellerUpdate[], { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const fields = [...new Set(updates.flatMap((u) => Object.keys(u)))]
    const before = await service.listSellers({ id: updates.map((u) => u.id) }, { select: fields as any })
    const sellers = (await service.updateSellers(updates as any)) as unknown as Awaited<ReturnType<SellerModuleService["listSellers"]>>
    return new StepResponse(sellers, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellers(before as any)
  }
)
