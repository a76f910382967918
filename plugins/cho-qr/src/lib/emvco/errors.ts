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

/** A refusal with a stable code and a message in Vietnamese with English beside it. */
export class BilingualError<Code extends string> extends Error {
  readonly code: Code
  readonly messageVi: string
  readonly messageEn: string

  constructor(code: Code, messageVi: string, messageEn: string) {
    super(`${messageVi} / ${messageEn}`)
    this.name = new.target.name
    this.code = code
    this.messageVi = messageVi
    this.messageEn = messageEn
  }
}

export class QrError extends BilingualError<QrErrorCode> {}
