import { createHmac, timingSafeEqual } from "node:crypto"

/** The webhook's signature: HMAC-SHA256 of the raw request body, hex. */
export function signNotification(rawBody: Buffer | string, secret: string): string {
  return createHmac("sha256", secret).update(rawBody).digest("hex")
}

export function verifyNotification(rawBody: Buffer | string, signature: unknown, secret: string): boolean {
  if (typeof signature !== "string" || !/^[0-9a-f]{64}$/i.test(signature)) return false
  return timingSafeEqual(Buffer.from(signNotification(rawBody, secret), "hex"), Buffer.from(signature, "hex"))
}
