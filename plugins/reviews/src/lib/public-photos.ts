import type { UploadProductPhotoResult } from "@nongsan/farmer-household/workflows"

type Size = { url: string; width: number; height: number }

/**
 * A review photo as the store shows it: its widest WebP variant and size, and every variant by
 * its own URL (a file provider names each file itself, so one variant's URL cannot be derived
 * from another's).
 */
export type PublicReviewPhoto = Size & { variants: Size[] }

const size = ({ url, width, height }: Size): Size => ({ url, width, height })

/** A review with its stored photos cut to what the store needs: no File Module ids. */
export function withPublicPhotos<T extends { photos?: UploadProductPhotoResult[] | null }>(review: T): Omit<T, "photos"> & { photos: PublicReviewPhoto[] } {
  return { ...review, photos: (review.photos ?? []).map((photo) => ({ ...size(photo), variants: photo.variants.map(size) })) }
}
