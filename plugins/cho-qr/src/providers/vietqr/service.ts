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
import type { BankTransferOptions } from "../../options"
import { memoSignatureValid } from "../../lib/bank-transfer/memo"
import type { TransferSessionData } from "../../lib/bank-transfer/session-data"
import { encodeVietQr, QrError } from "../../lib/emvco"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Bank transfer by VietQR as a payment provider of Medusa's Payment Module. The buyer transfers
 * from their banking app by scanning a dynamic VietQR carrying the amount and a memo; the money
 * is confirmed by the bank-notification webhook or by an operator, which writes the confirmation
 * onto the session; authorization reads it (a transfer that arrived is already captured).
 */
export class VietQrTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static identifier = "vietqr"

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["bankBin", "accountNumber", "accountHolder", "webhookSecret"]) {
      if (!options[key]) throw new Error(`The VietQR bank-transfer provider needs the option ${key}.`)
    }
  }

  constructor(cradle: Record<string, unknown>, options: BankTransferOptions) {
    super(cradle, options)
  }

  /** The memo comes from the start-bank-transfer workflow, which also indexes it for matching. */
  async initiatePayment({ amount, currency_code, data }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (currency_code.toLowerCase() !== "vnd") throw invalid("Chuyển khoản chỉ nhận tiền đồng (VND) / Bank transfer takes VND only")
    const memo = typeof data?.memo === "string" ? data.memo : ""
    if (!memoSignatureValid(memo, data?.memo_signature, this.config.webhookSecret)) throw invalid("Hãy bắt đầu chuyển khoản qua POST /store/payment-collections/:id/bank-transfer / Start a bank transfer through POST /store/payment-collections/:id/bank-transfer")
    const session = this.transferFor(memo, amount)
    return { id: memo, data: { ...session }, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment({ amount, data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const session = data as unknown as TransferSessionData
    if (session.confirmed_at) return { data: { ...session }, status: PaymentSessionStatus.CAPTURED }
    return { data: { ...this.transferFor(session.memo, amount) }, status: PaymentSessionStatus.PENDING }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data, status: (data as unknown as TransferSessionData).confirmed_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.PENDING }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { data, status: (data as unknown as TransferSessionData).confirmed_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.PENDING }
  }

  /** The money is in our account once confirmed: nothing to capture. */
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data }
  }

  /**
   * Money goes back to the buyer by a transfer the operator makes from the bank; Medusa records
   * the refund, and there is no bank API to call.
   */
  async refundPayment({ data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  /** Bank notifications have their own signed route (/hooks/bank-notifications). */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: "not_supported" }
  }

  private transferFor(memo: string, amount: unknown): TransferSessionData {
    const amountVnd = new BigNumber(amount as number).numeric
    try {
      return {
        memo,
        amount_vnd: amountVnd,
        bank_bin: this.config.bankBin,
        account_number: this.config.accountNumber,
        account_holder: this.config.accountHolder,
        qr_payload: encodeVietQr({ bin: this.config.bankBin, account: this.config.accountNumber, amountVnd, purpose: memo }),
        expires_at: new Date(Date.now() + this.config.expireMinutes * 60_000).toISOString(),
        demo: this.config.demo,
      }
    } catch (error) {
      if (error instanceof QrError) throw invalid(error.message)
      throw error
    }
  }
}
