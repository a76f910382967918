import { createHmac, randomInt, timingSafeEqual } from "node:crypto"
import { foldDiacritics } from "../emvco/index.ts"

// Crockford's base32 without I, L, O, U: a memo typed by hand into a banking app survives.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** A checkout's transfer ("NSV…") and one sale at a market stall ("NSQ…"). */
export const MEMO_PREFIX = { transfer: "NSV", sale: "NSQ" } as const
type MemoKind = keyof typeof MEMO_PREFIX

/** A memo: its prefix + 8 random characters (40 bits), well inside VietQR's 25. */
export function newMemo(kind: MemoKind): string {
  let memo = MEMO_PREFIX[kind]
  for (let i = 0; i < 8; i++) memo += ALPHABET[randomInt(ALPHABET.length)]
  return memo
}

/**
 * The memo of a kind inside a bank statement line. Banks upper-case, add their own words, and
 * may split or punctuate the text, so spaces, dots and dashes are ignored while searching.
 */
export function findMemo(kind: MemoKind, description: string): string | null {
  const compact = foldDiacritics(description).toUpperCase().replace(/[\s.\-_]/g, "")
  return compact.match(new RegExp(`${MEMO_PREFIX[kind]}[0-9A-HJKMNP-TV-Z]{8}`))?.[0] ?? null
}

export const newTransferMemo = () => newMemo("transfer")
export const findTransferMemo = (description: string) => findMemo("transfer", description)

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
