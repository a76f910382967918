/**
 * Vietnamese phone numbers as people type them ("0912 345 678", "+84 912.345.678", "84912345678")
 * to one form, +84 and nine or ten digits, so the same phone always finds the same account.
 */
export function normalizeVietnamesePhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, "")
  const match = compact.match(/^(?:\+84|84|0)([1-9]\d{8,9})$/)
  return match ? `+84${match[1]}` : null
}

/** A login identifier: an email (lower-cased) or a phone number (normalised). */
export function normalizeLoginIdentifier(input: string): string | null {
  const trimmed = input.trim()
  if (trimmed.includes("@")) return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? trimmed.toLowerCase() : null
  return normalizeVietnamesePhone(trimmed)
}
