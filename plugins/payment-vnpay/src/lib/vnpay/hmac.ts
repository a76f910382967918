import { createHmac, timingSafeEqual } from "node:crypto"

/** HMAC-SHA512 in lower-case hex, VNPay 2.1.0's only checksum (vnp_SecureHash). */
export function hmacSha512Hex(secret: string, data: string): string {
  return createHmac("sha512", secret).update(data, "utf8").digest("hex")
}

/**
 * Compares a digest we computed with one we were sent, in constant time and whatever the case of
 * the hex digits. Anything that is not 128 hex digits is simply not equal.
 */
export function digestMatches(expectedHex: string, received: unknown): boolean {
  if (typeof received !== "string" || !/^[0-9a-fA-F]{128}$/.test(received)) return false
  return timingSafeEqual(Buffer.from(expectedHex, "hex"), Buffer.from(received, "hex"))
}
