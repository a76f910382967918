import { foldDiacritics } from "@nongsan/cho-qr/emvco"

// Longest first: "thị xã" must go before "xã".
const UNIT_WORDS = ["thanh pho", "thi tran", "thi xa", "dac khu", "phuong", "huyen", "quan", "tinh", "tp", "tt", "xa"]
const UNIT_PREFIX = new RegExp(`^(?:${UNIT_WORDS.join("|")})\\.?\\s+`)

/**
 * The comparable forms of a unit name, as people type it: "Thị trấn Thanh Hà", "thanh ha" and
 * "TT. Thanh Hà" are the same place to a buyer, so case, diacritics ("Hoà" and "Hòa" spellings
 * included) and extra spaces are dropped, and the unit word (xã, phường, huyện, tỉnh, …) is
 * optional. Both forms are kept because without accents a name can look like a unit word:
 * "Phuong Do" is Xã Phương Độ, not "Phường Đô". Numbered wards keep their number: "Phường 12" → "12".
 */
export function addressKeys(text: string): readonly string[] {
  const folded = foldDiacritics(text.normalize("NFC")).toLowerCase().replace(/\s+/g, " ").trim()
  const bare = folded.replace(UNIT_PREFIX, "").trim()
  return bare && bare !== folded ? [folded, bare] : [folded]
}

/** Whether two sets of forms (from addressKeys) can name the same unit. */
export function keysOverlap(a: readonly string[], b: readonly string[]): boolean {
  return a.some((key) => b.includes(key))
}
