import { findProvince } from "@nongsan/farmer-household/lib/administrative-units"

/**
 * The official post-2025 name of a province as typed in an address ("Hà Nội", "TP Hải Phòng"),
 * so one province is one row; null when it names none of the 34 units.
 */
export function canonicalProvince(text: string | null | undefined): string | null {
  if (!text?.trim()) return null
  return findProvince(text)?.name ?? null
}
