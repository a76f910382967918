import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { confirmTransferStep } from "../steps/confirm-transfer"
import { requireUnconfirmedTransferStep } from "../steps/require-unconfirmed-transfer"

/** An operator saw the money on the statement (no notification came, or it did not match). */
export const confirmBankTransferWorkflow = createWorkflow("confirm-bank-transfer", (input: { memo: string }) => {
  const key = transform({ input }, ({ input }) => `bank-transfer:${input.memo}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const transfer = requireUnconfirmedTransferStep(input)
  confirmTransferStep(transform({ transfer }, ({ transfer }) => ({ ...transfer, by: "operator" as const, notification_id: null })))
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ transfer }, ({ transfer }) => ({ payment_collection_id: transfer.session.payment_collection_id })))
})
