import { OCOP_GROUPS, OCOP_STARS, type OcopGroup, type OcopStars } from "../types/ocop"

type QueryValue = string | null | (string | null)[] | undefined

const values = (v: QueryValue) => (Array.isArray(v) ? v : [v]).flatMap((s) => (s ?? "").split(",")).map((s) => s.trim())

/** "?ocop=4&ocop=5" or "?ocop=4,5" → [4, 5]: known star ratings, once each, in order; junk ignored. */
export function parseStars(v: QueryValue): OcopStars[] {
  const wanted = new Set(values(v).map(Number))
  return OCOP_STARS.filter((s) => wanted.has(s))
}

/** The stars chosen after a chip is toggled, for the URL. */
export function toggleStars(current: readonly OcopStars[], star: OcopStars): OcopStars[] {
  return current.includes(star) ? current.filter((s) => s !== star) : OCOP_STARS.filter((s) => s === star || current.includes(s))
}

/** "?nhom=food" → "food"; anything but one of the six groups → null. */
export function parseGroup(v: QueryValue): OcopGroup | null {
  const [first] = values(v)
  return (OCOP_GROUPS as readonly string[]).includes(first ?? "") ? (first as OcopGroup) : null
}
