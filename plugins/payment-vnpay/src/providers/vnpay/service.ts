import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, BigNumber, MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"
import type { VnpayOptions } from "../../options"
import { callVnpayApi } from "../../lib/vnpay-api"
import { txnRefOfSession, vnpayStatus, type VnpayRefund, type VnpaySessionData } from "../../lib/vnpay-session"
import {
  buildPaymentUrl,
  buildRefundRequest,
  VNP_BANK_CODES,
  VnpayError,
  verifyRefundResponse,
  type VnpBankCode,
  type VnpLocale,
} from "../../lib/vnpay"

const invalid = (vi: string, en: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`)

/** Our protocol library's errors carry both languages already; Medusa answers them as 400. */
function asMedusaError(error: unknown): never {
  if (error instanceof VnpayError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
  throw error
}

const wholeVnd = (amount: unknown) => {
  const value = new BigNumber(amount as number).numeric
  if (!Number.isSafeInteger(value)) throw invalid("Số tiền VNPay phải là số nguyên đồng", "VNPay amounts must be whole VND")
  return value
}

const SESSION_STATUS = {
  pending: PaymentSessionStatus.PENDING,
  paid: PaymentSessionStatus.CAPTURED,
  failed: PaymentSessionStatus.ERROR,
} as const

/**
 * VNPay (API 2.1.0) as a payment provider of Medusa's Payment Module. VNPay takes the money on
 * its own page and tells us by IPN, so the session's life is: a signed pay URL (initiate), VNPay's
 * confirmed answer written onto the session by the IPN route (update), then authorization reads
 * that answer: paid means captured, since VNPay has no separate capture.
 */
export class VnpayProviderService extends AbstractPaymentProvider<VnpayOptions> {
  static identifier = "vnpay"

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["tmnCode", "hashSecret", "payUrl", "apiUrl", "returnUrl"]) {
      if (!options[key]) throw new Error(`The VNPay payment provider needs the option ${key}.`)
    }
  }

  constructor(cradle: Record<string, unknown>, options: VnpayOptions) {
    super(cradle, options)
  }

  async initiatePayment({ amount, currency_code, data }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (currency_code.toLowerCase() !== "vnd") throw invalid("VNPay chỉ nhận tiền đồng (VND)", "VNPay takes VND only")
    const sessionId = String(data?.session_id ?? "")
    const ipAddress = typeof data?.ip_address === "string" ? data.ip_address : ""
    if (!ipAddress) {
      throw invalid("Thiếu địa chỉ IP của người mua cho VNPay", "VNPay needs the buyer's IP address")
    }
    const locale: VnpLocale = data?.locale === "en" ? "en" : "vn"
    const bankCode = typeof data?.bank_code === "string" ? data.bank_code : ""
    if (bankCode && !(VNP_BANK_CODES as readonly string[]).includes(bankCode)) {
      throw invalid(`Phương thức VNPay phải là ${VNP_BANK_CODES.join(", ")}`, `VNPay method must be ${VNP_BANK_CODES.join(", ")}`)
    }
    const session = this.signedSession({
      session_id: sessionId,
      txn_ref: txnRefOfSession(sessionId),
      amount_vnd: wholeVnd(amount),
      locale,
      bank_code: bankCode as VnpBankCode | "",
      ip_address: ipAddress,
    })
    return { id: session.txn_ref, data: { ...session }, status: PaymentSessionStatus.PENDING }
  }

  /**
   * Called by the IPN route to record VNPay's answer (the data is kept as given). A new amount
   * cannot reuse a pay URL's reference (VNPay refuses a known vnp_TxnRef with another amount):
   * Medusa makes a new session when the cart changes, and so must anyone else.
   */
  async updatePayment({ amount, data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const session = data as unknown as VnpaySessionData
    if (!session.ipn && wholeVnd(amount) !== session.amount_vnd) {
      throw invalid("Số tiền đã đổi: hãy tạo lượt thanh toán VNPay mới", "The amount changed: start a new VNPay payment")
    }
    return { data: { ...session }, status: SESSION_STATUS[vnpayStatus(session)] }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data, status: SESSION_STATUS[vnpayStatus(data as unknown as VnpaySessionData)] }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { data, status: SESSION_STATUS[vnpayStatus(data as unknown as VnpaySessionData)] }
  }

  /** VNPay settles at payment time: there is nothing left to capture. */
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data }
  }

  /** An unpaid VNPay URL simply expires; nothing to call. */
  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  /** Full or partial refund through VNPay's merchant API, its answer's signature checked. */
  async refundPayment({ amount, data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = data as unknown as VnpaySessionData
    if (vnpayStatus(session) !== "paid" || !session.ipn?.transactionNo) {
      throw invalid("Chỉ hoàn được tiền của giao dịch VNPay đã thanh toán", "Only a paid VNPay transaction can be refunded")
    }
    const amountVnd = wholeVnd(amount)
    const refunded = (session.refunds ?? []).reduce((sum, r) => sum + r.amount_vnd, 0)
    const type = refunded === 0 && amountVnd === session.amount_vnd ? "full" : "partial"
    const requestId = randomBytes(16).toString("hex")
    let request
    try {
      request = buildRefundRequest({
        tmnCode: this.config.tmnCode,
        secret: this.config.hashSecret,
        requestId,
        type,
        txnRef: session.txn_ref,
        amountVnd,
        transactionNo: session.ipn.transactionNo,
        transactionDate: new Date(session.created_at),
        createBy: "nongsan",
        orderInfo: `Hoan tien ${session.txn_ref}`,
        createDate: new Date(),
        ipAddr: this.config.serverIp,
      })
    } catch (error) {
      asMedusaError(error)
    }
    const answer = await callVnpayApi(this.config.apiUrl, request)
    if (!verifyRefundResponse(answer, this.config.hashSecret)) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Chữ ký phản hồi hoàn tiền của VNPay không hợp lệ / VNPay's refund answer has an invalid signature")
    }
    if (answer.vnp_ResponseCode !== "00") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `VNPay từ chối hoàn tiền (mã ${answer.vnp_ResponseCode}: ${answer.vnp_Message}) / VNPay refused the refund (code ${answer.vnp_ResponseCode})`,
      )
    }
    const refund: VnpayRefund = {
      request_id: requestId,
      amount_vnd: amountVnd,
      type,
      transaction_no: typeof answer.vnp_TransactionNo === "string" ? answer.vnp_TransactionNo : null,
      refunded_at: new Date().toISOString(),
    }
    return { data: { ...session, refunds: [...(session.refunds ?? []), refund] } }
  }

  /** VNPay's IPN needs its own answer format, so it has its own route (/hooks/vnpay/ipn). */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: "not_supported" }
  }

  private signedSession(session: Omit<VnpaySessionData, "pay_url" | "created_at" | "expires_at">): VnpaySessionData {
    const created = new Date()
    try {
      const payUrl = buildPaymentUrl({
        baseUrl: this.config.payUrl,
        tmnCode: this.config.tmnCode,
        secret: this.config.hashSecret,
        amountVnd: session.amount_vnd,
        txnRef: session.txn_ref,
        orderInfo: `Thanh toán đơn hàng Nông sản Việt ${session.txn_ref}`,
        ipAddr: session.ip_address,
        returnUrl: this.config.returnUrl,
        locale: session.locale,
        bankCode: session.bank_code,
        createDate: created,
        expireMinutes: this.config.expireMinutes,
      })
      return {
        ...session,
        pay_url: payUrl,
        created_at: created.toISOString(),
        expires_at: new Date(created.getTime() + this.config.expireMinutes * 60_000).toISOString(),
      }
    } catch (error) {
      asMedusaError(error)
    }
  }
}
