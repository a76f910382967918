import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"

export type SellerReplyInput = { review_id: string; seller_id: string; reply: string }

/**
 * The update a seller's reply makes: only to a review of the seller's own order line (another
 * seller's review answers 404, like one that does not exist), and only once.
 */
export const prepareSellerReplyStep = createStep("prepare-seller-reply", async (input: SellerReplyInput, { container }) => {
  const [review] = await container
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listReviews({ id: input.review_id, seller_id: input.seller_id }, { select: ["id", "reply"] })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, bilingual("Không tìm thấy đánh giá", "Review not found"))
  if (review.reply) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, bilingual("Bạn đã trả lời đánh giá này", "You have already replied to this review"))
  }
  return new StepResponse({ id: review.id, reply: input.reply, replied_at: new Date() })
})
