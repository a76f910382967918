/**
 * Photos are stored as WebP variants (320/640/1280 px, farmer-household's upload workflow), and
 * with srcset a phone on 3G downloads the file that fits its screen instead of the 1280 px one.
 * Each variant is listed by its own URL: a file provider names each file itself (the local one
 * puts a time stamp in front, S3 a random id), so a narrower file's URL cannot be derived from
 * the widest one's.
 */
export type PhotoVariant = { url: string; width: number }

/** `srcset` from variants that each carry their own URL, or undefined when there are none. */
export function variantsSrcset(variants: PhotoVariant[]): string | undefined {
  return variants.length ? variants.map((v) => `${v.url} ${v.width}w`).join(", ") : undefined
}

/**
 * `srcset` for a product image: the variants kept in its metadata when the seller's photo was
 * saved. An image without them (an outside URL) is shown by its URL alone.
 */
export function productImageSrcset(image: { metadata?: Record<string, unknown> | null }): string | undefined {
  const variants = image.metadata?.variants
  return Array.isArray(variants) ? variantsSrcset(variants.filter(isVariant)) : undefined
}

const isVariant = (v: unknown): v is PhotoVariant =>
  typeof (v as PhotoVariant)?.url === "string" && Number.isInteger((v as PhotoVariant).width) && (v as PhotoVariant).width > 0
