import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents, reviewEvent } from "../events"
import { prepareSellerReplyStep, type SellerReplyInput } from "../steps/prepare-seller-reply"
import { updateReviewStep } from "../steps/update-review"

/** The seller of the reviewed line answers the review, once. */
export const replyToReviewWorkflow = createWorkflow("reply-to-review", (input: SellerReplyInput) => {
  const update = prepareSellerReplyStep(input)
  const review = updateReviewStep(update)
  emitEventStep(
    transform({ review }, ({ review }) => reviewEvent(ReviewEvents.REPLIED, review))
  )
  return new WorkflowResponse(review)
})
