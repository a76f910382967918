import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { TransferSessionData } from "../../../lib/bank-transfer/session-data"

/** Indexes a new transfer session by its memo, for the bank's notification to find. */
export const createTransferRequestStep = createStep(
  "create-transfer-request",
  async (session: { id: string; payment_collection_id: string; data: Record<string, unknown> }, { container }) => {
    const data = session.data as unknown as TransferSessionData
    const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
    const request = await service.createTransferRequests({
      memo: data.memo,
      payment_session_id: session.id,
      payment_collection_id: session.payment_collection_id,
      bank_bin: data.bank_bin,
      account_number: data.account_number,
      amount: data.amount_vnd,
      expires_at: new Date(data.expires_at),
    })
    return new StepResponse(request, request.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).deleteTransferRequests(id)
  },
)
