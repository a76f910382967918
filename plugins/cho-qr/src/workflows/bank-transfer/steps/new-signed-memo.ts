import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newTransferMemo, signMemo } from "../../../lib/bank-transfer/memo"
import { requireBankTransferOptions } from "../../../lib/bank-transfer/plugin-options"

/** A fresh memo with the signature the bank-transfer provider asks for. */
export const newSignedMemoStep = createStep("new-signed-memo", async (_: void, { container }) => {
  const memo = newTransferMemo()
  return new StepResponse({ memo, memo_signature: signMemo(memo, requireBankTransferOptions(container).webhookSecret) })
})
