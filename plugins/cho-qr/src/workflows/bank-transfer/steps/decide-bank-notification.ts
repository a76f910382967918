import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findMemo, findTransferMemo } from "../../../lib/bank-transfer/memo"
import { requireBankTransferOptions } from "../../../lib/bank-transfer/plugin-options"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"
import { loadTransfer, type TransferSession } from "./load-transfer"

export type IncomingBankNotification = {
  external_id: string
  bank_bin?: string | null
  account_number: string
  amount: number
  description: string
  occurred_at: string
}

export type BankNotificationDecision = {
  duplicate: boolean
  /** The transfer was already confirmed by an operator; this notification only documents it. */
  confirmed_earlier: boolean
  status: "matched" | "unmatched" | "mismatched"
  reason: string | null
  memo: string | null
  transfer_request_id: string | null
  session: TransferSession | null
  /** A credit to a market stall's account: booked in that stall's ledger. */
  stall_id: string | null
  /** The stall's sale ("NSQ…") the memo names, when it is one of that stall's. */
  sale_code: string | null
}

/**
 * A credit to a market stall's account is the stall's money whatever its memo says: it matches
 * the stall, and the sale when its "NSQ" memo is one of that stall's. Otherwise it matches a
 * checkout by memo, account and exact amount. Anything else is kept for an
 * operator with the reason: no or unknown memo (unmatched), or a memo whose checkout is already
 * paid, gone, or expects another amount (mismatched: the buyer's money needs a person).
 */
export const decideBankNotificationStep = createStep("decide-bank-notification", async (n: IncomingBankNotification, { container }) => {
  const service = container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE)
  const [known] = await service.listBankNotifications({ external_id: n.external_id })
  const memo = findTransferMemo(n.description)
  const decide = (status: BankNotificationDecision["status"], reason: string | null, extra: Partial<BankNotificationDecision> = {}) =>
    new StepResponse<BankNotificationDecision>({ duplicate: false, confirmed_earlier: false, status, reason, memo, transfer_request_id: null, session: null, stall_id: null, sale_code: null, ...extra })
  if (known) {
    // A repeat says where the first delivery went: a stall's payment names its stall again.
    const [booked] = await container.resolve<MarketModuleService>(MARKET_MODULE).listStallLedgerEntries({ source_id: known.id }, { take: 1 })
    return decide(known.status, known.reason, { duplicate: true, stall_id: booked?.stall_id ?? null, sale_code: booked?.sale_code ?? null })
  }

  const options = requireBankTransferOptions(container)
  const isCheckoutAccount = n.account_number === options.accountNumber && (!n.bank_bin || n.bank_bin === options.bankBin)
  if (!isCheckoutAccount) {
    const markets = container.resolve<MarketModuleService>(MARKET_MODULE)
    const [stall] = await markets.listStalls({ account_number: n.account_number, archived_at: null, ...(n.bank_bin ? { bank_bin: n.bank_bin } : {}) }, { take: 1 })
    if (stall) {
      const saleMemo = findMemo("sale", n.description)
      const [sale] = saleMemo ? await markets.listStallSales({ code: saleMemo, stall_id: stall.id }, { take: 1 }) : []
      return decide("matched", null, { memo: saleMemo, stall_id: stall.id, sale_code: sale?.code ?? null })
    }
    return decide("unmatched", "Không phải tài khoản nhận thanh toán đơn hàng hay của quầy chợ nào / Neither the checkout account nor a market stall's")
  }
  if (!memo) return decide("unmatched", "Nội dung chuyển khoản không có mã đơn / No order memo in the transfer description")
  const { request, session } = await loadTransfer(container, memo)
  if (!request) return decide("unmatched", `Không có đơn chờ chuyển khoản với mã ${memo} / No checkout waits for memo ${memo}`)
  const extra = { transfer_request_id: request.id }
  if (request.confirmed_at) {
    // An operator confirmed it from the statement before the bank's notification came: this is
    // that same money, not a second payment.
    if (request.confirmed_by === "operator" && !request.notification_id && n.amount === Number(request.amount)) {
      return decide("matched", "Đã được người vận hành xác nhận trước / Confirmed by an operator earlier", { ...extra, confirmed_earlier: true })
    }
    return decide("mismatched", "Đơn đã được thanh toán trước đó: cần hoàn tiền / Already paid: refund this transfer", extra)
  }
  if (!session) return decide("mismatched", "Người mua đã đổi cách thanh toán / The buyer changed the payment", extra)
  if (n.amount !== session.amount) {
    return decide("mismatched", `Số tiền ${n.amount} ₫ khác ${session.amount} ₫ của đơn / Amount ${n.amount} differs from ${session.amount}`, extra)
  }
  return decide("matched", null, { ...extra, session })
})
