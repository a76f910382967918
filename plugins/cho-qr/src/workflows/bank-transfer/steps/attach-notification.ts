import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

/**
 * The bank's notification of a transfer an operator already confirmed by hand: attached to it,
 * so that a second credit with the same memo is seen as a second payment.
 */
export const attachNotificationStep = createStep(
  "attach-notification",
  async (input: { transfer_request_id: string; notification_id: string }, { container }) => {
    await container
      .resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
      .updateTransferRequests({ id: input.transfer_request_id, notification_id: input.notification_id })
    return new StepResponse(undefined, input.transfer_request_id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).updateTransferRequests({ id, notification_id: null })
  },
)
