import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { BankNotificationDecision, IncomingBankNotification } from "./decide-bank-notification"

/** Records the credit once, with what it was matched to or why it was not. */
export const createBankNotificationStep = createStep(
  "create-bank-notification",
  async ({ notification: n, decision }: { notification: IncomingBankNotification; decision: BankNotificationDecision }, { container }) => {
    const created = await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).createBankNotifications({
      external_id: n.external_id,
      bank_bin: n.bank_bin ?? null,
      account_number: n.account_number,
      amount: n.amount,
      description: n.description,
      memo: decision.memo,
      occurred_at: new Date(n.occurred_at),
      status: decision.status,
      reason: decision.reason,
      transfer_request_id: decision.transfer_request_id,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).deleteBankNotifications(id)
  },
)
