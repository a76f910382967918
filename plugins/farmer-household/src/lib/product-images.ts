import type { ProductImageInput } from "../api/seller/products/validators"

/** A stored WebP variant of a product photo, kept in the product image's metadata. */
export type ProductImageVariant = { url: string; width: number; height: number }

type StoredImage = { url: string; metadata?: Record<string, unknown> | null }

/**
 * Product images as Medusa's product workflows take them. A photo's variants go into the image's
 * metadata (`metadata.variants`, narrowest first), where the shop builds its srcset from. An image
 * sent by its URL alone keeps the variants it already had (an edit sends the product's URLs back),
 * and an outside URL has none.
 */
export function toImageInputs(images: ProductImageInput[], previous: StoredImage[] = []) {
  return images.map((image) => {
    const url = typeof image === "string" ? image : image.url
    const variants = typeof image === "string" ? previousVariants(previous, url) : image.variants
    return variants?.length ? { url, metadata: { variants: sortedVariants(variants) } } : { url }
  })
}

/**
 * The width of a list thumbnail (product cards, search hits, cart lines): a card is half a phone's
 * width, which 640 px covers at 2–3× pixel density. The 1280 px photo it used to be was 358 KB
 * against 31 KB on the seed's phone photos, for every card a buyer on 3G scrolls past.
 */
export const THUMBNAIL_WIDTH = 640

/** A product's thumbnail: the first image's variant of card size, or its URL when it has none. */
export function thumbnailUrl(images: ReturnType<typeof toImageInputs>): string | null {
  const first = images[0]
  if (!first) return null
  const variants = (first.metadata?.variants ?? []) as ProductImageVariant[]
  return (variants.find((v) => v.width >= THUMBNAIL_WIDTH) ?? variants[variants.length - 1])?.url ?? first.url
}

function previousVariants(previous: StoredImage[], url: string) {
  const variants = previous.find((p) => p.url === url)?.metadata?.variants
  return Array.isArray(variants) ? (variants as ProductImageVariant[]) : undefined
}

const sortedVariants = (variants: ProductImageVariant[]) =>
  [...variants].sort((a, b) => a.width - b.width).map(({ url, width, height }) => ({ url, width, height }))
