import { appendCrc } from "./crc16.ts"
import { QrError } from "./errors.ts"
import { tlv } from "./tlv.ts"
import { amountValue, textValue } from "./validate.ts"

/** NAPAS's application identifier in tag 38. */
export const NAPAS_GUID = "A000000727"

/** Tag 38.02: NAPAS 247 fast transfer to an account, or to a card. */
export const VIETQR_SERVICE_CODES = { account: "QRIBFTTA", card: "QRIBFTTC" } as const

export type VietQrService = keyof typeof VIETQR_SERVICE_CODES

/**
 * Purpose (62.08) limit. EMVCo caps every Additional Data sub-field at 25 characters, NAPAS's
 * VietQR spec keeps "ans ..25" for Purpose of Transaction, and VietQR.io's generator documents
 * `addInfo` as "tối đa 25 ký tự". Longer text is refused rather than cut: a cut memo can stop a
 * transfer from matching its order.
 */
export const VIETQR_PURPOSE_MAX = 25

export interface VietQrInput {
  /** The beneficiary bank's 6-digit NAPAS BIN, e.g. 970416 (ACB). */
  bin: string
  /** Account number (letters and digits) or card number (digits), 1–19 characters. */
  account: string
  /** Whole VND. Present: a dynamic code for one payment (01=12); absent: a static poster (01=11). */
  amountVnd?: number
  /** Transfer memo (62.08); Vietnamese diacritics are folded to ASCII. */
  purpose?: string
  /** Default "account" (QRIBFTTA); "card" transfers to a card number (QRIBFTTC). */
  service?: VietQrService
}

/** A NAPAS 247 merchant-presented VietQR payload: 00, 01, 38, 53, 54, 58, 62, 63 in that order. */
export function encodeVietQr(input: VietQrInput): string {
  const service = input.service ?? "account"
  if (!/^\d{6}$/.test(input.bin)) {
    throw new QrError("bin_invalid", "Mã BIN ngân hàng phải gồm đúng 6 chữ số", "Bank BIN must be exactly 6 digits")
  }
  const accountPattern = service === "card" ? /^\d{1,19}$/ : /^[A-Za-z0-9]{1,19}$/
  if (!accountPattern.test(input.account)) {
    throw service === "card"
      ? new QrError("account_invalid", "Số thẻ phải gồm 1–19 chữ số", "Card number must be 1–19 digits")
      : new QrError(
          "account_invalid",
          "Số tài khoản phải gồm 1–19 chữ cái hoặc chữ số",
          "Account number must be 1–19 letters or digits",
        )
  }
  const amount = input.amountVnd === undefined ? undefined : amountValue(input.amountVnd)
  const purpose =
    input.purpose === undefined
      ? undefined
      : textValue(input.purpose, { vi: "Nội dung chuyển khoản", en: "Purpose" }, VIETQR_PURPOSE_MAX)

  const beneficiary = tlv("00", input.bin) + tlv("01", input.account)
  const merchantAccount = tlv("00", NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", VIETQR_SERVICE_CODES[service])
  return appendCrc(
    tlv("00", "01") +
      tlv("01", amount ? "12" : "11") +
      tlv("38", merchantAccount) +
      tlv("53", "704") +
      (amount ? tlv("54", amount) : "") +
      tlv("58", "VN") +
      (purpose ? tlv("62", tlv("08", purpose)) : ""),
  )
}
