import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPaymentSessionsWorkflow } from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../lib/bank-transfer/session-data"
import { createTransferRequestStep } from "../steps/create-transfer-request"
import { newSignedMemoStep } from "../steps/new-signed-memo"

/**
 * The buyer chose bank transfer: a payment session whose dynamic VietQR carries the amount and
 * a fresh memo (replacing the collection's earlier sessions, as Medusa does), indexed by memo.
 */
export const startBankTransferWorkflow = createWorkflow(
  "start-bank-transfer",
  (input: { payment_collection_id: string; customer_id?: string | null }) => {
    const memo = newSignedMemoStep()
    const sessionInput = transform({ input, memo }, ({ input, memo }) => ({
      payment_collection_id: input.payment_collection_id,
      provider_id: BANK_TRANSFER_PROVIDER_ID,
      customer_id: input.customer_id ?? undefined,
      data: memo,
    }))
    const session = createPaymentSessionsWorkflow.runAsStep({ input: sessionInput })
    createTransferRequestStep(
      transform({ session }, ({ session }) => ({ id: session.id, payment_collection_id: session.payment_collection_id, data: session.data })),
    )
    return new WorkflowResponse(session)
  },
)
