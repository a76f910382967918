import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents, reviewEvent } from "../events"
import { createReviewStep } from "../steps/create-review"
import { loadReviewableLineStep, type ReviewableLineInput } from "../steps/load-reviewable-line"
import { storeReviewPhotosStep } from "../steps/store-review-photos"

export type CreateReviewInput = ReviewableLineInput & {
  rating: number
  body?: string | null
  /** Photos base64-encoded, at most four (the route's multipart limit). */
  photos?: string[]
}

/**
 * A buyer rates and reviews one delivered line of their own order, once, with photos. The line
 * is checked before any photo is processed: a refused review costs no sharp work.
 */
export const createReviewWorkflow = createWorkflow("create-review", (input: CreateReviewInput) => {
  const line = loadReviewableLineStep(input)
  const photos = storeReviewPhotosStep(transform({ input }, ({ input }) => ({ photos: input.photos ?? [] })))
  const review = createReviewStep(
    transform({ input, line, photos }, ({ input, line, photos }) => ({ ...line, rating: input.rating, body: input.body ?? null, photos }))
  )
  emitEventStep(
    transform({ review }, ({ review }) => reviewEvent(ReviewEvents.CREATED, review))
  )
  return new WorkflowResponse(review)
})
