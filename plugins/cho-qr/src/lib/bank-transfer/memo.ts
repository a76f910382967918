import { createHmac, randomInt, timingSafeEqual } from "node:crypto"
import { foldDiacritics } from "../emvco/index.ts"

// Crockford's base32 without I, L, O, U: a memo typed by hand into a banking app survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const PREFIX = "NSV"

/** A transfer memo: "NSV" + 8 random characters (40 bits), well inside VietQR's 25. */
export function newTransferMemo(): string {
  let memo = PREFIX
  for (let i = 0; i < 8; i++) memo += ALPHABET[randomInt(ALPHABET.length)]
  return memo
}

/**
 * The memo inside a bank statement line. Banks upper-case, add their own words, and may split
 * or punctuate the text, so spaces, dots and dashes are ignored while searching.
 */
export function findTransferMemo(description: string): string | null {
  const compact = foldDiacritics(description).toUpperCase().replace(/[\s.\-_]/g, "")
  return compact.match(/NSV[0-9A-HJKMNP-TV-Z]{8}/)?.[0] ?? null
}

/**
 * Proof that a memo was handed out by our start-bank-transfer workflow, so that a client cannot
 * open a transfer session through Medusa's generic route with a memo of its choosing (someone
 * else's, say). Keyed with the webhook secret; "memo:" keeps it apart from body signatures.
 */
export function signMemo(memo: string, secret: string): string {
  return createHmac("sha256", secret).update(`memo:${memo}`).digest("hex")
}

export function memoSignatureValid(memo: string, signature: unknown, secret: string): boolean {
  if (typeof signature !== "string" || !/^[0-9a-f]{64}$/.test(signature)) return false
  return timingSafeEqual(Buffer.from(signMemo(memo, secret), "hex"), Buffer.from(signature, "hex"))
}
