import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sellsAhead } from "../../../lib/harvest-season"
import { HARVEST_MODULE, type HarvestModuleService } from "../../../modules/harvest"

/**
 * Which variants must start or stop taking orders beyond stock: those of products outside their
 * harvest windows with pre-orders on take them (Medusa's `allow_backorder`), all others not.
 * Without product ids, every product with pre-orders on (what the dates can change). Reads only.
 */
export const planPreorderBackordersStep = createStep(
  "plan-preorder-backorders",
  async (input: { product_ids?: string[] }, { container }) => {
    const harvest = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    const productIds =
      input.product_ids ??
      (await harvest.listHarvestPlans({ preorder_enabled: true }, { select: ["product_id"], take: null })).map((p) => p.product_id)
    if (!productIds.length) return new StepResponse({ allow: [] as string[], disallow: [] as string[] })
    const plans = await harvest.harvestOf(productIds)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "product_id", "allow_backorder"],
      filters: { product_id: productIds },
    })
    const now = new Date()
    const ahead = new Set(productIds.filter((id) => sellsAhead(plans.get(id)!, now)))
    return new StepResponse({
      allow: variants.filter((v) => ahead.has(v.product_id!) && !v.allow_backorder).map((v) => v.id),
      disallow: variants.filter((v) => !ahead.has(v.product_id!) && v.allow_backorder).map((v) => v.id),
    })
  }
)
