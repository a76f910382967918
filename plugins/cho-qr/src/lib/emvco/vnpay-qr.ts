import { appendCrc } from "./crc16.ts"
import { QrError } from "./errors.ts"
import { tlv } from "./tlv.ts"
import { amountValue, textValue, type FieldLabel } from "./validate.ts"

/** VNPAY's application identifier in tag 26. */
export const VNPAY_QR_GUID = "A000000775"

/** EMVCo limits: Merchant Name 25, Merchant City 15, each Additional Data sub-field 25. */
const NAME_MAX = 25
const CITY_MAX = 15
const ADDITIONAL_MAX = 25

export interface VnpayQrInput {
  /** The merchant code VNPAY issued (26.01), 1–20 letters or digits. */
  merchantId: string
  /** Tag 59, shown by the payer's app; diacritics folded. */
  merchantName: string
  /** Tag 60; diacritics folded. */
  city: string
  /** Tag 52, ISO 18245 merchant category code, e.g. 5499 (food stores). */
  mcc: string
  /** Whole VND. Present: a dynamic code for one sale (01=12); absent: static (01=11). */
  amountVnd?: number
  /** 62.01: the sale this dynamic code is for. */
  billNumber?: string
  /** 62.03: the market or shop. */
  storeLabel?: string
  /** 62.05: a reference the merchant reconciles by. */
  referenceLabel?: string
  /** 62.07: the stall or till. */
  terminalLabel?: string
  /** 62.08: what the payment is for. */
  purpose?: string
}

type AdditionalKey = "billNumber" | "storeLabel" | "referenceLabel" | "terminalLabel" | "purpose"

const ADDITIONAL_FIELDS: Array<[key: AdditionalKey, tag: string, label: FieldLabel]> = [
  ["billNumber", "01", { vi: "Số hóa đơn", en: "Bill number" }],
  ["storeLabel", "03", { vi: "Mã cửa hàng", en: "Store label" }],
  ["referenceLabel", "05", { vi: "Mã tham chiếu", en: "Reference label" }],
  ["terminalLabel", "07", { vi: "Mã điểm bán", en: "Terminal label" }],
  ["purpose", "08", { vi: "Nội dung thanh toán", en: "Purpose" }],
]

/**
 * A VNPAY-QR merchant payload. Tag 26 holds VNPAY's GUID (00) and the merchant code (01), the
 * layout of VNPAY-QR codes in circulation. 52 (MCC) and 60 (city) are mandatory in EMVCo MPM, so
 * they are always written even though some codes VNPAY printed leave them out. Tag 62 uses the
 * EMVCo sub-fields a market sale needs: bill number, store, reference, terminal (stall), purpose.
 */
export function encodeVnpayQr(input: VnpayQrInput): string {
  if (!/^[A-Za-z0-9]{1,20}$/.test(input.merchantId)) {
    throw new QrError(
      "merchant_id_invalid",
      "Mã đơn vị VNPAY phải gồm 1–20 chữ cái hoặc chữ số",
      "VNPAY merchant id must be 1–20 letters or digits",
    )
  }
  if (!/^\d{4}$/.test(input.mcc)) {
    throw new QrError("mcc_invalid", "Mã ngành hàng (MCC) phải gồm 4 chữ số", "Merchant category code must be 4 digits")
  }
  const name = textValue(input.merchantName, { vi: "Tên đơn vị", en: "Merchant name" }, NAME_MAX)
  const city = textValue(input.city, { vi: "Thành phố", en: "City" }, CITY_MAX)
  const amount = input.amountVnd === undefined ? undefined : amountValue(input.amountVnd)
  let additional = ""
  for (const [key, tag, label] of ADDITIONAL_FIELDS) {
    const value = input[key]
    if (value !== undefined) additional += tlv(tag, textValue(value, label, ADDITIONAL_MAX))
  }

  return appendCrc(
    tlv("00", "01") +
      tlv("01", amount ? "12" : "11") +
      tlv("26", tlv("00", VNPAY_QR_GUID) + tlv("01", input.merchantId)) +
      tlv("52", input.mcc) +
      tlv("53", "704") +
      (amount ? tlv("54", amount) : "") +
      tlv("58", "VN") +
      tlv("59", name) +
      tlv("60", city) +
      (additional ? tlv("62", additional) : ""),
  )
}
