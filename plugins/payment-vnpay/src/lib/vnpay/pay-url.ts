import { formatVnpDate } from "./date.ts"
import { VnpayError } from "./errors.ts"
import { canonicalQuery, signParams, type VnpParams } from "./sign.ts"
import { httpUrl, ipAddr, MIN_PAY_AMOUNT_VND, orderInfo, tmnCode, txnRef, vnpAmount } from "./validate.ts"

export const VNP_VERSION = "2.1.0"

export type VnpLocale = "vn" | "en"

/** vnp_BankCode values that pick a method up front: VNPAY-QR, domestic card/account, international card. */
export const VNP_BANK_CODES = ["VNPAYQR", "VNBANK", "INTCARD"] as const
export type VnpBankCode = (typeof VNP_BANK_CODES)[number]

export interface PaymentUrlInput {
  /** VNPay's payment page, e.g. https://sandbox.vnpayment.vn/paymentv2/vpcpay.html */
  baseUrl: string
  tmnCode: string
  secret: string
  /** Whole VND, from 5,000 to under 1,000,000,000. */
  amountVnd: number
  /** Our reference for this payment attempt; VNPay echoes it in the return URL and the IPN. */
  txnRef: string
  /** Shown to the buyer by VNPay; diacritics are folded to ASCII. */
  orderInfo: string
  /** The buyer's IP address. */
  ipAddr: string
  returnUrl: string
  locale: VnpLocale
  /** Omitted or "": the buyer chooses the method on VNPay's page. */
  bankCode?: VnpBankCode | ""
  /** When the URL is made; vnp_CreateDate is this instant in GMT+7. */
  createDate: Date
  /** How long VNPay accepts the payment (vnp_ExpireDate); 15 minutes unless given. */
  expireMinutes?: number
}

/** The signed VNPay 2.1.0 pay URL to redirect the buyer to. */
export function buildPaymentUrl(input: PaymentUrlInput): string {
  const base = httpUrl(input.baseUrl, { vi: "Địa chỉ cổng thanh toán", en: "Payment page URL" })
  if (input.locale !== "vn" && input.locale !== "en") {
    throw new VnpayError("locale_invalid", "Ngôn ngữ phải là vn hoặc en", "Locale must be vn or en")
  }
  const bankCode = input.bankCode ?? ""
  if (bankCode !== "" && !(VNP_BANK_CODES as readonly string[]).includes(bankCode)) {
    throw new VnpayError(
      "bank_code_invalid",
      `Mã phương thức thanh toán phải là ${VNP_BANK_CODES.join(", ")} hoặc để trống`,
      `Bank code must be ${VNP_BANK_CODES.join(", ")} or empty`,
    )
  }
  const expireMinutes = input.expireMinutes ?? 15
  if (!Number.isSafeInteger(expireMinutes) || expireMinutes < 1) {
    throw new VnpayError("expire_invalid", "Thời hạn thanh toán phải là số phút nguyên dương", "Expiry must be a positive whole number of minutes")
  }

  const params: VnpParams = {
    vnp_Version: VNP_VERSION,
    vnp_Command: "pay",
    vnp_TmnCode: tmnCode(input.tmnCode),
    vnp_Amount: vnpAmount(input.amountVnd, MIN_PAY_AMOUNT_VND),
    vnp_CurrCode: "VND",
    vnp_TxnRef: txnRef(input.txnRef),
    vnp_OrderInfo: orderInfo(input.orderInfo),
    vnp_OrderType: "other",
    vnp_Locale: input.locale,
    vnp_ReturnUrl: httpUrl(input.returnUrl, { vi: "Địa chỉ trả về", en: "Return URL" }),
    vnp_IpAddr: ipAddr(input.ipAddr),
    vnp_CreateDate: formatVnpDate(input.createDate),
    vnp_ExpireDate: formatVnpDate(new Date(input.createDate.getTime() + expireMinutes * 60_000)),
    vnp_BankCode: bankCode,
  }
  // The query is written with the very encoding that was signed, so VNPay reads back what we hashed.
  return `${base}?${canonicalQuery(params)}&vnp_SecureHash=${signParams(params, input.secret)}`
}
