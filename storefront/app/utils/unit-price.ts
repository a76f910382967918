/** What a pack says about its unit (variant metadata written by the seller API). */
export type PackMetadata = { unit?: unknown; unit_quantity?: unknown } | null | undefined

/**
 * The price per kilogram of a pack, so packs of different sizes compare: a "1 kg" pack is its
 * own price, "Hộp 5 kg" at 210.000 ₫ is 42.000 ₫/kg. Whole đồng (never 41.999,99…); null when
 * the pack is not sold by weight in kilograms (a bottle, a pack of 10 nem chua).
 */
export function pricePerKg(price: number | null | undefined, metadata: PackMetadata): number | null {
  if (typeof price !== "number" || !Number.isFinite(price)) return null
  if (metadata?.unit === "kg") return Math.round(price)
  const quantity = Number(metadata?.unit_quantity)
  return quantity > 0 ? Math.round(price / quantity) : null
}
