import { crc16Hex } from "./crc16.ts"
import { QrError } from "./errors.ts"
import { parseTlv, type TlvField } from "./tlv.ts"
import { NAPAS_GUID, VIETQR_SERVICE_CODES, type VietQrService } from "./vietqr.ts"
import { VNPAY_QR_GUID } from "./vnpay-qr.ts"

/** A Merchant Account Information template (26–51); `guid` is its sub-field 00. */
export interface MerchantAccount {
  tag: string
  guid?: string
  fields: TlvField[]
}

/** Tag 62, by the EMVCo names of its sub-fields. */
export interface AdditionalData {
  billNumber?: string
  mobileNumber?: string
  storeLabel?: string
  loyaltyNumber?: string
  referenceLabel?: string
  customerLabel?: string
  terminalLabel?: string
  purpose?: string
  consumerDataRequest?: string
}

/** What a NAPAS VietQR (tag 38 with NAPAS's GUID) asks the payer's bank to do. */
export interface VietQrFields {
  bin: string
  account: string
  serviceCode?: string
  service?: VietQrService
  amountVnd?: number
  purpose?: string
}

export interface VnpayQrFields {
  merchantId?: string
}

export interface DecodedQr {
  payloadFormat: string
  initiation?: "static" | "dynamic"
  merchantAccounts: MerchantAccount[]
  mcc?: string
  currency?: string
  /** Tag 54 as written; see vietqr.amountVnd for the VND amount as a number. */
  amount?: string
  countryCode?: string
  merchantName?: string
  merchantCity?: string
  postalCode?: string
  additionalData?: AdditionalData
  crc: string
  vietqr?: VietQrFields
  vnpayQr?: VnpayQrFields
  /** Every data object in payload order, templates with their parsed fields. */
  fields: TlvField[]
}

const ADDITIONAL_TAGS: Record<string, keyof AdditionalData> = {
  "01": "billNumber",
  "02": "mobileNumber",
  "03": "storeLabel",
  "04": "loyaltyNumber",
  "05": "referenceLabel",
  "06": "customerLabel",
  "07": "terminalLabel",
  "08": "purpose",
  "09": "consumerDataRequest",
}

function isTemplate(tag: string): boolean {
  const id = Number(tag)
  return (id >= 26 && id <= 51) || id === 62
}

function parseTemplate(tag: string, value: string): TlvField[] {
  try {
    return parseTlv(value)
  } catch (error) {
    if (!(error instanceof QrError)) throw error
    throw new QrError(
      "template_malformed",
      `Trường ${tag} không đúng cấu trúc: ${error.messageVi}`,
      `Template ${tag} is malformed: ${error.messageEn}`,
    )
  }
}

const find = (fields: TlvField[], tag: string) => fields.find((f) => f.tag === tag)?.value

/**
 * Parses any EMVCo merchant-presented payload: checks that it starts with 00 and ends with a
 * CRC (63) that matches, parses the templates 26–51 and 62, and reads VietQR's beneficiary when
 * tag 38 carries NAPAS's GUID and VNPAY-QR's merchant when tag 26 carries VNPAY's.
 */
export function decodeEmvco(payload: string): DecodedQr {
  const root = parseTlv(payload)
  if (root[0]?.tag !== "00") {
    throw new QrError("payload_malformed", "Mã QR phải bắt đầu bằng trường 00", "Payload must start with field 00")
  }
  const last = root[root.length - 1]
  if (last.tag !== "63" || last.value.length !== 4) {
    throw new QrError("crc_missing", "Mã QR thiếu mã kiểm tra CRC (trường 63) ở cuối", "Payload does not end with a CRC (field 63)")
  }
  const computed = crc16Hex(payload.slice(0, -4))
  if (last.value.toUpperCase() !== computed) {
    throw new QrError(
      "crc_mismatch",
      `Mã kiểm tra CRC không khớp: mã ghi ${last.value}, tính ra ${computed}`,
      `CRC mismatch: payload says ${last.value}, computed ${computed}`,
    )
  }

  const fields = root.map((f) => (isTemplate(f.tag) ? { ...f, fields: parseTemplate(f.tag, f.value) } : f))
  const merchantAccounts: MerchantAccount[] = []
  for (const f of fields) {
    if (f.fields && f.tag !== "62") merchantAccounts.push({ tag: f.tag, guid: find(f.fields, "00"), fields: f.fields })
  }

  const additionalFields = fields.find((f) => f.tag === "62")?.fields
  let additionalData: AdditionalData | undefined
  if (additionalFields) {
    additionalData = {}
    for (const f of additionalFields) {
      const key = ADDITIONAL_TAGS[f.tag]
      if (key) additionalData[key] = f.value
    }
  }

  const initiation = find(fields, "01")
  const amount = find(fields, "54")
  const decoded: DecodedQr = {
    payloadFormat: fields[0].value,
    initiation: initiation === "11" ? "static" : initiation === "12" ? "dynamic" : undefined,
    merchantAccounts,
    mcc: find(fields, "52"),
    currency: find(fields, "53"),
    amount,
    countryCode: find(fields, "58"),
    merchantName: find(fields, "59"),
    merchantCity: find(fields, "60"),
    postalCode: find(fields, "61"),
    additionalData,
    crc: last.value,
    fields,
  }

  const napas = merchantAccounts.find((m) => m.guid === NAPAS_GUID)
  if (napas) {
    const beneficiaryValue = find(napas.fields, "01")
    const beneficiary = beneficiaryValue === undefined ? [] : parseTemplate(`${napas.tag}.01`, beneficiaryValue)
    const bin = find(beneficiary, "00")
    const account = find(beneficiary, "01")
    if (bin === undefined || account === undefined) {
      throw new QrError(
        "template_malformed",
        `Trường ${napas.tag} thiếu mã BIN hoặc số tài khoản người nhận`,
        `Template ${napas.tag} lacks the beneficiary's BIN or account`,
      )
    }
    const serviceCode = find(napas.fields, "02")
    const service = (Object.keys(VIETQR_SERVICE_CODES) as VietQrService[]).find((s) => VIETQR_SERVICE_CODES[s] === serviceCode)
    decoded.vietqr = {
      bin,
      account,
      serviceCode,
      service,
      amountVnd: amount !== undefined && /^\d+$/.test(amount) ? Number(amount) : undefined,
      purpose: additionalData?.purpose,
    }
  }

  const vnpay = merchantAccounts.find((m) => m.guid === VNPAY_QR_GUID)
  if (vnpay) decoded.vnpayQr = { merchantId: find(vnpay.fields, "01") }

  return decoded
}
