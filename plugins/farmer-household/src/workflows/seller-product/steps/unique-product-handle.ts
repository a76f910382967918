import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toHandle } from "../../../lib/handle"
import { firstFreeHandle } from "../../../lib/first-free-handle"

/**
 * An ASCII slug from the title ("Vải thiều Thanh Hà" → "vai-thieu-thanh-ha"); Medusa's own
 * handles keep the diacritics, which makes URLs people cannot type.
 */
export const uniqueProductHandleStep = createStep("unique-product-handle", async (input: { title: string }, { container }) => {
  const base = toHandle(input.title) || "san-pham"
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: { $like: `${base}%` } }, { select: ["handle"], take: null, withDeleted: true })
  return new StepResponse(firstFreeHandle(base, products.map((p) => p.handle)))
})
