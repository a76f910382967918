/**
 * Vietnamese text → ASCII for payment payloads (QR purposes, VNPay order info), which banks and
 * VNPay accept only without diacritics. NFD splits "ệ" into "e" plus combining marks, which are
 * dropped; "đ"/"Đ" are letters of their own (no decomposition), so they are mapped by hand.
 * Characters that are still not ASCII afterwards (emoji, CJK, "€") are left for the caller to
 * refuse: guessing a replacement would change what the payer reads.
 */
export function foldDiacritics(text: string): string {
  return text
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
}

/** Printable ASCII, the character set of EMVCo "ans" fields and of VNPay's text parameters. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7E]*$/.test(text)
}
