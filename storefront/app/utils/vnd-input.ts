/**
 * Money typed by a farmer: "45000", "45.000", "45 000 ₫" all mean 45000 đồng. Only digits count;
 * đồng has no fractions, so a dot or comma is always a thousands separator.
 */
export function parseVndInput(text: string): number | null {
  const digits = text.replace(/\D/g, "").replace(/^0+(?=\d)/, "")
  if (!digits) return null
  const value = Number(digits.slice(0, 12))
  return Number.isSafeInteger(value) ? value : null
}

/** 45000 → "45.000": the number as it stays in the input while typing (no ₫ sign). */
export function groupThousands(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return ""
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
}

/**
 * Where the caret belongs after reformatting: behind the same number of digits as before, so
 * typing in the middle of "1.250.000" does not throw the caret to the end.
 */
export function caretAfterFormat(formatted: string, digitsBeforeCaret: number): number {
  if (digitsBeforeCaret <= 0) return 0
  let seen = 0
  for (let i = 0; i < formatted.length; i++) {
    if (/\d/.test(formatted[i]!)) seen++
    if (seen === digitsBeforeCaret) return i + 1
  }
  return formatted.length
}
