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

/** The URL a product's thumbnail takes: the first image's. */
export function imageUrl(image: ProductImageInput) {
  return typeof image === "string" ? image : image.url
}

function previousVariants(previous: StoredImage[], url: string) {
  const variants = previous.find((p) => p.url === url)?.metadata?.variants
  return Array.isArray(variants) ? (variants as ProductImageVariant[]) : undefined
}

const sortedVariants = (variants: ProductImageVariant[]) =>
  [...variants].sort((a, b) => a.width - b.width).map(({ url, width, height }) => ({ url, width, height }))
