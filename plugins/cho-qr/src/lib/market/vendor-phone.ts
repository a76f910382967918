/**
 * A vendor's phone as farmer-household stores its members' phones (+84 and 9–10 digits), from
 * however the operator typed it; null when it is not a Vietnamese phone number.
 */
export function normalizeVendorPhone(input: string): string | null {
  const match = input.replace(/[\s.\-()]/g, "").match(/^(?:\+84|84|0)([1-9]\d{8,9})$/)
  return match ? `+84${match[1]}` : null
}
