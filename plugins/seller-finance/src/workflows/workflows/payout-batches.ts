import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { discardPayoutBatchStep } from "../steps/discard-payout-batch"
import { draftPayoutBatchStep } from "../steps/draft-payout-batch"
import { payPayoutBatchStep } from "../steps/pay-payout-batch"

/** Drafts a payout batch; one at a time, so two operators' clicks cannot split the balances between them. */
export const draftPayoutBatchWorkflow = createWorkflow("draft-payout-batch", (input: { created_by: string }) => {
  acquireLockStep({ key: "payout-batch:draft", timeout: 30, ttl: 120 })
  const batch = draftPayoutBatchStep(input)
  releaseLockStep({ key: "payout-batch:draft" })
  return new WorkflowResponse(batch)
})

/** Marks a batch paid, under its lock: concurrent or repeated clicks book its payouts once. */
export const markPayoutBatchPaidWorkflow = createWorkflow("mark-payout-batch-paid", (input: { batch_id: string; user_id: string }) => {
  const key = transform({ input }, ({ input }) => `payout-batch:${input.batch_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const paid = payPayoutBatchStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(paid)
})

/** Discards a draft batch, under the same lock as marking it paid: one or the other, never both. */
export const discardPayoutBatchWorkflow = createWorkflow("discard-payout-batch", (input: { batch_id: string }) => {
  const key = transform({ input }, ({ input }) => `payout-batch:${input.batch_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const discarded = discardPayoutBatchStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(discarded)
})
