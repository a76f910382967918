import { isIP } from "node:net"
import { foldDiacritics } from "@nongsan/cho-qr/emvco"
import { VnpayError } from "./errors.ts"

/**
 * VNPay's amount limits. The 2.1.0 spec only says vnp_Amount is Numeric[1,12]; VNPay's payment
 * page refuses anything else with "Số tiền giao dịch không hợp lệ. Số tiền hợp lệ từ 5,000 đến
 * dưới 1 tỷ đồng" (valid from 5,000 to under 1 billion VND), a message public integrations quote
 * and check for before redirecting. We refuse the same amounts before sending the buyer there.
 */
export const MIN_PAY_AMOUNT_VND = 5_000
export const PAY_AMOUNT_LIMIT_VND = 1_000_000_000

/** vnp_Amount: whole VND times 100 (VNPay's amounts carry two implied decimals). */
export function vnpAmount(amountVnd: number, minimumVnd: number): string {
  if (!Number.isSafeInteger(amountVnd) || amountVnd <= 0) {
    throw new VnpayError("amount_invalid", "Số tiền phải là số nguyên dương", "Amount must be a positive integer")
  }
  if (amountVnd < minimumVnd || amountVnd >= PAY_AMOUNT_LIMIT_VND) {
    throw new VnpayError(
      "amount_out_of_range",
      `Số tiền phải từ ${minimumVnd.toLocaleString("vi-VN")} ₫ đến dưới 1 tỷ ₫`,
      `Amount must be from ${minimumVnd} VND to under 1,000,000,000 VND`,
    )
  }
  return String(amountVnd * 100)
}

/** vnp_TmnCode: Alphanumeric[8] per the spec. */
export function tmnCode(value: string): string {
  if (!/^[A-Za-z0-9]{8}$/.test(value)) {
    throw new VnpayError("tmn_code_invalid", "Mã website (TmnCode) phải gồm 8 chữ cái hoặc chữ số", "TmnCode must be 8 letters or digits")
  }
  return value
}

/**
 * vnp_TxnRef: Alphanumeric[1,100] per the spec. VNPay's "Alphanumeric" is loose (it also
 * describes URLs that way), so "-" and "_" are allowed too: Medusa's ids contain "_", and neither
 * character is touched by URL encoding, so the signature cannot disagree about them.
 */
export function txnRef(value: string): string {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(value)) {
    throw new VnpayError(
      "txn_ref_invalid",
      "Mã giao dịch (TxnRef) chỉ gồm chữ, số, '-' và '_', tối đa 100 ký tự",
      "TxnRef must be 1–100 letters, digits, '-' or '_'",
    )
  }
  return value
}

/**
 * vnp_OrderInfo: VNPay asks for Vietnamese without diacritics and no special characters, at most
 * 255 characters. Diacritics are folded; besides letters, digits and spaces only - _ . , : / #
 * are kept, characters every URL encoder treats alike, so our signature and VNPay's agree.
 */
export function orderInfo(text: string): string {
  const folded = foldDiacritics(text).trim()
  if (!/^[A-Za-z0-9 _.,:/#-]{1,255}$/.test(folded)) {
    throw new VnpayError(
      "order_info_invalid",
      "Nội dung thanh toán chỉ gồm chữ, số, khoảng trắng và - _ . , : / #, tối đa 255 ký tự",
      "Order info must be 1–255 letters, digits, spaces or - _ . , : / #",
    )
  }
  return folded
}

/** vnp_IpAddr: the buyer's IPv4 or IPv6 address. */
export function ipAddr(value: string): string {
  if (isIP(value) === 0) {
    throw new VnpayError("ip_invalid", `Địa chỉ IP không hợp lệ: "${value}"`, `Invalid IP address: "${value}"`)
  }
  return value
}

/** An http(s) URL without a query, at most 255 characters (vnp_ReturnUrl's limit). */
export function httpUrl(value: string, name: { vi: string; en: string }): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.search !== "" || value.length > 255) {
    throw new VnpayError(
      "url_invalid",
      `${name.vi} phải là địa chỉ http(s) không có tham số, tối đa 255 ký tự`,
      `${name.en} must be an http(s) URL without a query, at most 255 characters`,
    )
  }
  return value
}

/** vnp_RequestId: Alphanumeric[1,32], unique per day for the merchant. */
export function requestId(value: string): string {
  if (!/^[A-Za-z0-9]{1,32}$/.test(value)) {
    throw new VnpayError(
      "request_id_invalid",
      "Mã yêu cầu (RequestId) phải gồm 1–32 chữ cái hoặc chữ số",
      "RequestId must be 1–32 letters or digits",
    )
  }
  return value
}

/** vnp_TransactionNo: VNPay's own transaction number, Numeric[1,15]. */
export function transactionNo(value: string): string {
  if (!/^\d{1,15}$/.test(value)) {
    throw new VnpayError(
      "transaction_no_invalid",
      "Mã giao dịch VNPAY (TransactionNo) phải gồm 1–15 chữ số",
      "TransactionNo must be 1–15 digits",
    )
  }
  return value
}
