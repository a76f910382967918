// EMVCo merchant-presented QR codec: VietQR (NAPAS 247) and VNPAY-QR encoders, a decoder for
// any EMVCo payload, and the Vietnamese → ASCII folding that payment texts need.
export { foldDiacritics, isPrintableAscii } from "./ascii.ts"
export { appendCrc, crc16CcittFalse, crc16Hex } from "./crc16.ts"
export {
  decodeEmvco,
  type AdditionalData,
  type DecodedQr,
  type MerchantAccount,
  type VietQrFields,
  type VnpayQrFields,
} from "./decode.ts"
export { BilingualError, QrError, type QrErrorCode } from "./errors.ts"
export { parseTlv, tlv, type TlvField } from "./tlv.ts"
export {
  encodeVietQr,
  NAPAS_GUID,
  VIETQR_PURPOSE_MAX,
  VIETQR_SERVICE_CODES,
  type VietQrInput,
  type VietQrService,
} from "./vietqr.ts"
export { encodeVnpayQr, VNPAY_QR_GUID, type VnpayQrInput } from "./vnpay-qr.ts"
