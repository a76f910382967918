import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"
import type { UploadProductPhotoResult } from "@nongsan/farmer-household/workflows"
import type { ReviewableLine } from "./load-reviewable-line"

export type CreateReviewStepInput = ReviewableLine & { rating: number; body?: string | null; photos: UploadProductPhotoResult[] }

/** Writes the review; compensation deletes it again. */
export const createReviewStep = createStep(
  "create-review",
  async (input: CreateReviewStepInput, { container }) => {
    const review = await container.resolve<ReviewModuleService>(REVIEW_MODULE).createReviews(input)
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).deleteReviews(id)
  }
)
