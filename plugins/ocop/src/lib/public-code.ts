import { randomInt } from "node:crypto"

// Crockford's base32 without I, L, O, U: nothing a buyer could misread on a printed label.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const LENGTH = 10

/**
 * A short public code for a label or certificate: 10 characters of a 32-letter alphabet (50 random
 * bits), so codes cannot be guessed from one another or enumerated.
 */
export function newPublicCode(): string {
  let code = ""
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}

/** A code as typed or scanned (any case, with spaces or dashes) in its stored form, or null. */
export function normalizePublicCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "")
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null
}
