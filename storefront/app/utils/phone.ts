/**
 * Vietnamese phone numbers as people type them ("0912 345 678", "+84 912.345.678") to +84…, the
 * same rule as the backend's (plugins/farmer-household/src/lib/phone.ts), so the form can say
 * "invalid" before anything is sent.
 */
export function normalizeVietnamesePhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, "")
  const match = compact.match(/^(?:\+84|84|0)([1-9]\d{8,9})$/)
  return match ? `+84${match[1]}` : null
}

export function looksLikeEmail(input: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.trim())
}

/** +84912345678 → "0912 345 678", how a Vietnamese reader expects to see it. */
export function displayPhone(phone: string | null | undefined): string {
  if (!phone) return ""
  const m = phone.match(/^\+84(\d{3})(\d{3})(\d{3,4})$/)
  return m ? `0${m[1]} ${m[2]} ${m[3]}` : phone
}
