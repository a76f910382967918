import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import { firstFreeHandle } from "../../../lib/first-free-handle"
import { toHandle } from "../../../lib/handle"

/** The wanted handle (or one made from the name), with -2, -3 … when it is taken. */
export const uniqueSellerHandleStep = createStep(
  "unique-seller-handle",
  async (input: { name: string; handle?: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const base = input.handle || toHandle(input.name) || "nha-vuon"
    const sellers = await service.listSellers({ handle: { $like: `${base}%` } }, { select: ["handle"], take: null, withDeleted: true })
    return new StepResponse(firstFreeHandle(base, sellers.map((s) => s.handle)))
  }
)
