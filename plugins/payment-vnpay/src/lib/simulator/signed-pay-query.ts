import { formatVnpDate, verifyParams } from "../vnpay"

/**
 * A pay URL's query as VNPay checks it: correctly signed and not yet expired (vnp_ExpireDate,
 * GMT+7, compares as text against now in the same format). Null otherwise.
 */
export function signedPayQuery(query: Record<string, unknown>, secret: string, now = new Date()): Record<string, string> | null {
  if (!verifyParams(query, secret)) return null
  const pay = Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === "string")) as Record<string, string>
  if (!pay.vnp_TxnRef || !pay.vnp_Amount || !pay.vnp_ReturnUrl || !pay.vnp_ExpireDate) return null
  return pay.vnp_ExpireDate >= formatVnpDate(now) ? pay : null
}
