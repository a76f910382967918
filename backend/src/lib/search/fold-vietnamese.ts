/**
 * Folds Vietnamese text to lower-case ASCII the way Postgres' `unaccent` does: "Vải thiều Lục
 * Ngạn" → "vai thieu luc ngan", "Đồng Văn" → "dong van". Phones send both composed (NFC) and
 * decomposed (NFD) letters; decomposing first strips the tone and vowel marks either way. "đ"
 * has no decomposition, so it is mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}
