import { foldDiacritics } from "@nongsan/cho-qr/emvco"

/** "Hộ ông Nguyễn Văn Hải" → "ho-ong-nguyen-van-hai": a URL slug without diacritics. */
export function toHandle(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
}
