import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE, type HarvestModuleService } from "../../../modules/harvest"
import type { HarvestPlanInput } from "../../../modules/harvest/service"

/** Sets a product's harvest windows and pre-order offer; undone by putting the old plan back. */
export const setHarvestPlanStep = createStep(
  "set-harvest-plan",
  async (input: { product_id: string } & HarvestPlanInput, { container }) => {
    const { product_id, ...plan } = input
    if (plan.windows === undefined && plan.preorder === undefined) return new StepResponse(undefined)
    const before = await container.resolve<HarvestModuleService>(HARVEST_MODULE).setPlan(product_id, plan)
    return new StepResponse(undefined, { product_id, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    const harvest = container.resolve<HarvestModuleService>(HARVEST_MODULE)
    if (undo.before) {
      await harvest.setPlan(undo.product_id, undo.before)
      return
    }
    const plans = await harvest.listHarvestPlans({ product_id: undo.product_id }, { select: ["id"] })
    await harvest.deleteHarvestPlans(plans.map((p) => p.id))
  }
)
