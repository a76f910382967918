import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents, reviewEvent } from "../events"
import { createReviewStep } from "../steps/create-review"
import { loadReviewableLineStep, type ReviewableLineInput } from "../steps/load-reviewable-line"

export type CreateReviewInput = ReviewableLineInput & { rating: number; body?: string | null }

/** A buyer rates and reviews one delivered line of their own order, once. */
export const createReviewWorkflow = createWorkflow("create-review", (input: CreateReviewInput) => {
  const line = loadReviewableLineStep(input)
  const review = createReviewStep(transform({ input, line }, ({ input, line }) => ({ ...line, rating: input.rating, body: input.body ?? null })))
  emitEventStep(
    transform({ review }, ({ review }) => reviewEvent(ReviewEvents.CREATED, review))
  )
  return new WorkflowResponse(review)
})
