import { digestMatches, hmacSha512Hex } from "./hmac.ts"

export type VnpParams = Record<string, string | number | undefined>

const HASH_FIELDS = new Set(["vnp_SecureHash", "vnp_SecureHashType"])

/**
 * encodeURIComponent with "%20" turned into "+", exactly as VNPay's Node.js sample encodes before
 * signing. It differs from URLSearchParams (and Java's URLEncoder) only on ! ' ( ) * ~, which
 * buildPaymentUrl keeps out of the one free-text field we send (vnp_OrderInfo).
 */
function formEncode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, "+")
}

/**
 * The string VNPay signs: the vnp_ parameters without the hash fields and without empty values
 * (VNPay's Java and .NET samples skip empty ones), sorted by key, form-encoded, joined by "&".
 * Only vnp_ keys count, as in VNPay's PHP sample, so a parameter a proxy appends cannot break it.
 */
export function canonicalQuery(params: VnpParams): string {
  return Object.keys(params)
    .filter((key) => key.startsWith("vnp_") && !HASH_FIELDS.has(key) && params[key] !== undefined && params[key] !== "")
    .sort()
    .map((key) => `${formEncode(key)}=${formEncode(String(params[key]))}`)
    .join("&")
}

/** vnp_SecureHash for a pay URL, a return URL or an IPN. */
export function signParams(params: VnpParams, secret: string): string {
  return hmacSha512Hex(secret, canonicalQuery(params))
}

/**
 * Checks vnp_SecureHash of a query VNPay sent (return URL or IPN), as the web framework parsed
 * it. A vnp_ parameter that arrived twice (an array) makes the query unverifiable: false.
 * Undefined values count as absent, as in canonicalQuery.
 */
export function verifyParams(query: Record<string, unknown>, secret: string): boolean {
  const params: VnpParams = {}
  for (const [key, value] of Object.entries(query)) {
    if (!key.startsWith("vnp_") || HASH_FIELDS.has(key) || value === undefined) continue
    if (typeof value !== "string") return false
    params[key] = value
  }
  return digestMatches(signParams(params, secret), query.vnp_SecureHash)
}
