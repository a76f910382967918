import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"

export type HideReviewInput = { review_id: string; reason: string; user_id: string }

/** The update that hides a review from the store, keeping who hid it and why. */
export const prepareReviewHidingStep = createStep("prepare-review-hiding", async (input: HideReviewInput, { container }) => {
  const [review] = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ id: input.review_id }, { select: ["id", "hidden_at"] })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, bilingual("Không tìm thấy đánh giá", "Review not found"))
  if (review.hidden_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, bilingual("Đánh giá này đã bị ẩn", "This review is already hidden"))
  }
  return new StepResponse({ id: review.id, hidden_at: new Date(), hidden_reason: input.reason, hidden_by: input.user_id })
})
