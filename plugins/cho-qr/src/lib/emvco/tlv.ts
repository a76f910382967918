import { QrError } from "./errors.ts"

/** One EMVCo data object: a two-digit tag, and its value; templates also carry their parsed fields. */
export interface TlvField {
  tag: string
  value: string
  fields?: TlvField[]
}

/** ID + two-digit length + value. EMVCo caps every value, templates included, at 99 characters. */
export function tlv(tag: string, value: string): string {
  if (value.length > 99) {
    throw new QrError(
      "template_too_long",
      `Dữ liệu của trường ${tag} dài hơn 99 ký tự`,
      `Field ${tag} is longer than 99 characters`,
    )
  }
  return `${tag}${String(value.length).padStart(2, "0")}${value}`
}

/** Splits a run of data objects, in order (order matters: 00 first, 63 last). */
export function parseTlv(text: string): TlvField[] {
  const fields: TlvField[] = []
  let at = 0
  while (at < text.length) {
    const header = text.slice(at, at + 4)
    if (header.length < 4) {
      throw new QrError("payload_truncated", `Mã QR bị cắt cụt ở vị trí ${at}`, `Payload is truncated at position ${at}`)
    }
    if (!/^\d{4}$/.test(header) || header.slice(2) === "00") {
      throw new QrError(
        "payload_malformed",
        `Mã QR sai cấu trúc ở vị trí ${at} ("${header}")`,
        `Payload is malformed at position ${at} ("${header}")`,
      )
    }
    const length = Number(header.slice(2))
    const value = text.slice(at + 4, at + 4 + length)
    if (value.length < length) {
      throw new QrError(
        "payload_truncated",
        `Trường ${header.slice(0, 2)} cần ${length} ký tự nhưng chỉ còn ${value.length}`,
        `Field ${header.slice(0, 2)} needs ${length} characters but only ${value.length} remain`,
      )
    }
    fields.push({ tag: header.slice(0, 2), value })
    at += 4 + length
  }
  return fields
}
