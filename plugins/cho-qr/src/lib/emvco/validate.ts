import { foldDiacritics, isPrintableAscii } from "./ascii.ts"
import { QrError } from "./errors.ts"

/** How a field is named in error messages. */
export interface FieldLabel {
  vi: string
  en: string
}

/** Tag 54 for VND: whole dong (VND has no minor unit), positive, at most 13 characters per EMVCo. */
export function amountValue(amountVnd: number): string {
  if (!Number.isSafeInteger(amountVnd) || amountVnd <= 0) {
    throw new QrError("amount_invalid", "Số tiền phải là số nguyên dương", "Amount must be a positive integer")
  }
  const digits = String(amountVnd)
  if (digits.length > 13) {
    throw new QrError("amount_too_long", "Số tiền không được quá 13 chữ số", "Amount must have at most 13 digits")
  }
  return digits
}

/** Free text: diacritics folded, then refused if still not printable ASCII or longer than the field allows. */
export function textValue(text: string, label: FieldLabel, maxLength: number): string {
  const folded = foldDiacritics(text).trim()
  if (folded.length === 0) {
    throw new QrError("text_empty", `${label.vi} không được để trống`, `${label.en} must not be empty`)
  }
  if (!isPrintableAscii(folded)) {
    const bad = [...folded].find((c) => !isPrintableAscii(c))
    throw new QrError(
      "text_not_ascii",
      `${label.vi} có ký tự không đưa được vào mã QR: "${bad}"`,
      `${label.en} has a character a QR payload cannot carry: "${bad}"`,
    )
  }
  if (folded.length > maxLength) {
    throw new QrError(
      "text_too_long",
      `${label.vi} tối đa ${maxLength} ký tự (đang có ${folded.length})`,
      `${label.en} must be at most ${maxLength} characters (got ${folded.length})`,
    )
  }
  return folded
}
