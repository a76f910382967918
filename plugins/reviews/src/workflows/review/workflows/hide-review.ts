import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents, reviewEvent } from "../events"
import { prepareReviewHidingStep, type HideReviewInput } from "../steps/prepare-review-hiding"
import { updateReviewStep } from "../steps/update-review"

/** The operator hides an abusive review from the store, with a reason kept beside it. */
export const hideReviewWorkflow = createWorkflow("hide-review", (input: HideReviewInput) => {
  const update = prepareReviewHidingStep(input)
  const review = updateReviewStep(update)
  emitEventStep(
    transform({ review }, ({ review }) => reviewEvent(ReviewEvents.HIDDEN, review))
  )
  return new WorkflowResponse(review)
})
