/**
 * Every refusal of the codec carries a stable `code` for programs and a message for people:
 * Vietnamese first (vendors and buyers read Vietnamese), English beside it.
 */
export type QrErrorCode =
  | "amount_invalid"
  | "amount_too_long"
  | "bin_invalid"
  | "account_invalid"
  | "merchant_id_invalid"
  | "mcc_invalid"
  | "text_empty"
  | "text_not_ascii"
  | "text_too_long"
  | "template_too_long"
  | "payload_malformed"
  | "payload_truncated"
  | "crc_missing"
  | "crc_mismatch"
  | "template_malformed"

export class QrError extends Error {
  readonly code: QrErrorCode
  readonly messageVi: string
  readonly messageEn: string

  constructor(code: QrErrorCode, messageVi: string, messageEn: string) {
    super(`${messageVi} / ${messageEn}`)
    this.name = "QrError"
    this.code = code
    this.messageVi = messageVi
    this.messageEn = messageEn
  }
}
