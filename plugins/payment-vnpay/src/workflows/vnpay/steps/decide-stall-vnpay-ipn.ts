import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE, type BankTransferModuleService } from "@nongsan/cho-qr/modules/bank-transfer"
import { MARKET_MODULE, type MarketModuleService } from "@nongsan/cho-qr/modules/market"
import type { IncomingBankNotification } from "@nongsan/cho-qr/workflows/bank-transfer/steps/decide-bank-notification"
import type { NewLedgerEntry } from "@nongsan/cho-qr/workflows/market/steps/create-ledger-entry"
import { ipnSaysPaid, parseIpn, parseVnpDate, type IpnExpectation, type IpnResponse } from "../../../lib/vnpay"

export type StallVnpayIpnPlan = {
  response: IpnResponse
  /** The stall payment to book (a paid IPN answered 00). */
  booking: NewLedgerEntry | null
  /** A signed, paid IPN we cannot book (unknown sale, other amount): the operator's queue. */
  unmatched: (IncomingBankNotification & { reason: string }) | null
}

const text = (value: unknown) => (typeof value === "string" ? value : "")

/** The ledger's source id of a VNPAY-QR sale's payment: one per sale, so it is booked once. */
export const stallVnpaySourceId = (saleId: string) => `vnpay:${saleId}`

/**
 * Decides VNPay's IPN for a market stall's VNPAY-QR sale, under the sale's lock. The market is
 * found by vnp_TmnCode, and only its own (sealed) hash secret can verify the IPN: an unknown
 * terminal code is answered 97 like a bad checksum, since nothing of ours can check it. Then
 * parseIpn decides as for a checkout: the sale by vnp_TxnRef among that market's VNPAY-QR
 * sales (01), the amount (04), already booked (02), else 00. A failed payment is answered 00
 * and books nothing: the buyer can scan the same code again.
 *
 * Assumed, not from a published spec (see vnpaySaleStallPayload in cho-qr): that VNPay reports a
 * VNPAY-QR terminal's payment with the payment gateway's 2.1.0 IPN parameters and HMAC-SHA512
 * checksum, naming our bill number as vnp_TxnRef. Only the checksum scheme is VNPay's published one.
 */
export const decideStallVnpayIpnStep = createStep("decide-stall-vnpay-ipn", async (query: Record<string, unknown>, { container }) => {
  const markets = container.resolve<MarketModuleService>(MARKET_MODULE)
  const tmnCode = text(query.vnp_TmnCode)
  const txnRef = text(query.vnp_TxnRef)
  const [market] = tmnCode ? await markets.listMarkets({ vnpay_tmn_code: tmnCode }, { take: 1 }) : []
  const none: StallVnpayIpnPlan = { response: { RspCode: "97", Message: "Invalid Checksum" }, booking: null, unmatched: null }
  if (!market?.vnpay_hash_secret_sealed) return new StepResponse(none)

  const [sale] = txnRef ? await markets.listStallSales({ code: txnRef, method: "vnpay_qr" }, { relations: ["stall"], take: 1 }) : []
  const found = sale && sale.stall.market_id === market.id ? sale : null
  const [booked] = found ? await markets.listStallLedgerEntries({ source_id: stallVnpaySourceId(found.id) }, { take: 1, select: ["id"] }) : []
  // An archived stall matches no credit (as for a VietQR transfer to its account): a payment for
  // its sale goes to the operator's queue instead of books nobody reads. One booked before the
  // archive is still answered 02.
  const archived = found && !booked && found.stall.archived_at ? found : null
  const ours = archived ? null : found
  const expectation: IpnExpectation | null = ours ? { amountVnd: ours.amount, status: booked ? "paid" : "pending" } : null
  const { response, outcome } = parseIpn(query, markets.openVnpaySecret(market.vnpay_hash_secret_sealed), () => expectation)

  const paidAt = (parseVnpDate(query.vnp_PayDate) ?? new Date()).toISOString()
  const booking: NewLedgerEntry | null =
    ours && outcome?.paid
      ? {
          stall_id: ours.stall_id,
          kind: "payment",
          amount: ours.amount,
          description: ["VNPAY-QR", outcome.bankCode, outcome.transactionNo, ours.note].filter(Boolean).join(" "),
          source_id: stallVnpaySourceId(ours.id),
          sale_code: ours.code,
          occurred_at: paidAt,
        }
      : null

  let unmatched: StallVnpayIpnPlan["unmatched"] = null
  if (ipnSaysPaid(query) && (response.RspCode === "01" || response.RspCode === "04")) {
    // VNPay retries an IPN it was not answered 00 or 02: the queue keeps the first one only.
    const externalId = `VNPAY-${tmnCode}-${text(query.vnp_TransactionNo) || txnRef}`
    const [queued] = await container.resolve<BankTransferModuleService>(BANK_TRANSFER_MODULE).listBankNotifications({ external_id: externalId }, { take: 1 })
    if (!queued) {
      unmatched = {
        external_id: externalId,
        bank_bin: null,
        account_number: `VNPAY ${tmnCode}`,
        amount: Math.round(Number(query.vnp_Amount) / 100),
        description: `VNPAY-QR ${txnRef} ${text(query.vnp_OrderInfo)}`.trim(),
        occurred_at: paidAt,
        reason:
          archived
            ? `Quầy ${archived.stall.number} đã gỡ khỏi ${market.name}: đơn VNPAY-QR ${txnRef} cần người vận hành / Stall ${archived.stall.number} is archived: VNPAY-QR sale ${txnRef} needs the operator`
            : response.RspCode === "01"
            ? `Không có đơn VNPAY-QR ${txnRef} ở ${market.name}: cần hoàn tiền / No VNPAY-QR sale ${txnRef} at ${market.name}: refund it`
            : `Số tiền khác đơn ${txnRef} (${ours?.amount} ₫) / Amount differs from sale ${txnRef} (${ours?.amount} VND)`,
      }
    }
  }
  return new StepResponse<StallVnpayIpnPlan>({ response, booking, unmatched })
})
