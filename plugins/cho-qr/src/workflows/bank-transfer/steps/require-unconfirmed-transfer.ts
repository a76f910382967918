import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadTransfer } from "./load-transfer"

/** For an operator's confirmation: the transfer must exist, be unpaid, and still have its session. */
export const requireUnconfirmedTransferStep = createStep("require-unconfirmed-transfer", async (input: { memo: string }, { container }) => {
  const { request, session } = await loadTransfer(container, input.memo)
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy chuyển khoản ${input.memo} / Transfer ${input.memo} not found`)
  if (request.confirmed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Chuyển khoản này đã được xác nhận / This transfer is already confirmed")
  if (!session) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Người mua đã đổi cách thanh toán / The buyer changed the payment")
  return new StepResponse({ transfer_request_id: request.id, session })
})
