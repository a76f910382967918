import { digestMatches, hmacSha512Hex } from "./hmac.ts"

/**
 * The merchant_webapi/api/transaction checksum (querydr, refund): HMAC-SHA512 over field values
 * joined by "|", in an order fixed for each message.
 */
export function pipeHash(secret: string, values: string[]): string {
  return hmacSha512Hex(secret, values.join("|"))
}

/**
 * Verifies a JSON response from VNPay by hashing its fields exactly as they arrived (a field it
 * left out counts as ""). Nothing may be converted first: the `vnpay` npm package divides
 * vnp_Amount by 100 before hashing a refund response, which can never match VNPay's hash.
 */
export function verifyPipeHash(body: Record<string, unknown>, fields: readonly string[], secret: string): boolean {
  const values: string[] = []
  for (const field of fields) {
    const value = body[field]
    if (value === undefined || value === null) values.push("")
    else if (typeof value === "string" || typeof value === "number") values.push(String(value))
    else return false
  }
  return digestMatches(pipeHash(secret, values), body.vnp_SecureHash)
}
