import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export type TransferSession = { id: string; amount: number; currency_code: string; data: Record<string, unknown>; payment_collection_id: string }

/** A transfer request by memo and the payment session it pays (null where either is gone). */
export async function loadTransfer(container: { resolve: <T>(key: string) => T }, memo: string) {
  const [request] = await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).listTransferRequests({ memo })
  if (!request) return { request: null, session: null }
  const [found] = await container
    .resolve<IPaymentModuleService>(Modules.PAYMENT)
    .listPaymentSessions({ id: request.payment_session_id }, { select: ["id", "amount", "currency_code", "data", "payment_collection_id"] })
  const session: TransferSession | null = found
    ? { id: found.id, amount: Number(found.amount), currency_code: found.currency_code, data: found.data, payment_collection_id: found.payment_collection_id }
    : null
  return { request, session }
}
