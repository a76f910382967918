import type { CampaignBudgetUsageContext, UsageComputedActions } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { computedActions: UsageComputedActions[]; registrationContext: CampaignBudgetUsageContext }

// Medusa's registerUsageStep is not exported; this is the same step: the cart's promotion
// usage counts once, however many seller orders it is split into.
export const registerPromotionUsageStep = createStep(
  "register-promotion-usage",
  async (input: Input, { container }) => {
    if (!input.computedActions.length) return new StepResponse(null, null)
    await container.resolve(Modules.PROMOTION).registerUsage(input.computedActions, input.registrationContext)
    return new StepResponse(null, input)
  },
  async (input, { container }) => {
    if (!input) return
    await container.resolve(Modules.PROMOTION).revertUsage(input.computedActions, input.registrationContext)
  }
)
