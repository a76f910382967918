import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"

export type ReviewUpdate = { id: string } & Record<string, unknown>

/** Updates a review; compensation writes back the fields it changed. */
export const updateReviewStep = createStep(
  "update-review",
  async (update: ReviewUpdate, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const before = await service.retrieveReview(update.id, { select: Object.keys(update) as any })
    const updated = await service.updateReviews(update as any)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).updateReviews(before as any)
  }
)
