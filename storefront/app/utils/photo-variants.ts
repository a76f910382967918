/**
 * A product photo's URL is its widest WebP variant (`photos/<uuid>-1280.webp`, farmer-household's
 * upload workflow); the narrower ones sit beside it under the same name. A phone on 3G then
 * downloads the 320 or 640 px file that fits its screen instead of the 1280 px one.
 */
export const PHOTO_WIDTHS = [320, 640, 1280] as const

const VARIANT = /-(\d+)\.webp$/

/** `srcset` for a product photo, or undefined for an image that has no variants (an outside URL). */
export function photoSrcset(url: string | null | undefined): string | undefined {
  if (!url) return undefined
  const m = url.match(VARIANT)
  if (!m || !PHOTO_WIDTHS.includes(Number(m[1]) as (typeof PHOTO_WIDTHS)[number])) return undefined
  return PHOTO_WIDTHS.map((w) => `${url.replace(VARIANT, `-${w}.webp`)} ${w}w`).join(", ")
}

/** `srcset` from variants that each carry their own URL (review photos: a file provider names each file itself). */
export function variantsSrcset(variants: { url: string; width: number }[]): string | undefined {
  return variants.length ? variants.map((v) => `${v.url} ${v.width}w`).join(", ") : undefined
}
