// Cart completion: POST /store/carts/:id/complete on carts paid cash on delivery, each completed
// once (our complete-cart-into-seller-orders workflow: order group, seller orders, stock).
import type { Measurement } from "../context.ts"
import { readyCarts } from "../carts.ts"
import { loadFigures } from "../figures.ts"
import { load } from "../load.ts"

const CARTS = 20

export const cartCompletion: Measurement = {
  name: "cart-completion",
  stack: "medusa",
  async run(ctx) {
    ctx.log(`preparing ${CARTS} carts …`)
    const carts = await readyCarts(ctx, CARTS, "pp_system_default")
    const result = await load({
      url: ctx.medusaUrl,
      headers: { "x-publishable-api-key": ctx.publishableKey, "content-type": "application/json" },
      requests: carts.map((c) => ({ path: `/store/carts/${c.id}/complete`, method: "POST" as const })),
      amount: carts.length,
      warmup: false,
    })
    return loadFigures("cart completion (COD)", result)
  },
}
