import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { TransferSession } from "./load-transfer"

type Input = { transfer_request_id: string; session: TransferSession; by: "bank" | "operator"; notification_id: string | null }

/** The money is in: marks the request and writes the confirmation where authorization reads it. */
export const confirmTransferStep = createStep(
  "confirm-transfer",
  async ({ transfer_request_id, session, by, notification_id }: Input, { container }) => {
    const confirmedAt = new Date()
    await container
      .resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
      .updateTransferRequests({ id: transfer_request_id, confirmed_at: confirmedAt, confirmed_by: by, notification_id })
    await container.resolve<IPaymentModuleService>(Modules.PAYMENT).updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...session.data, confirmed_at: confirmedAt.toISOString(), confirmed_by: by, notification_id },
    })
    return new StepResponse(undefined, { transfer_request_id, session })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
      .updateTransferRequests({ id: previous.transfer_request_id, confirmed_at: null, confirmed_by: null, notification_id: null })
    await container.resolve<IPaymentModuleService>(Modules.PAYMENT).updatePaymentSession({
      id: previous.session.id,
      amount: previous.session.amount,
      currency_code: previous.session.currency_code,
      data: previous.session.data,
    })
  },
)
