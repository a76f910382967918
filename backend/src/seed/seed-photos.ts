import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateSellerProductWorkflow, uploadProductPhotoWorkflow } from "@nongsan/farmer-household/workflows"
import type { DemoProduct } from "./demo-data"
import { phonePhoto, type PhotoSize } from "./phone-photo"
import type { SeedProgress } from "./seed-progress"

/**
 * A photo for every demo product that has none, through the same path as a seller's upload
 * (POST /seller/photos: validation, EXIF stripped, WebP variants, File Module), then set on the
 * product the way the dashboard does. Products that already have a picture are left alone.
 */
export async function ensureProductPhotos(
  container: ExecArgs["container"],
  products: DemoProduct[],
  size: PhotoSize,
  progress: SeedProgress
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "product", fields: ["id", "handle", "images.id"] })
  const missing = products.flatMap((p) => {
    const product = existing.find((e) => e.handle === p.handle)
    return product && !product.images?.length ? [{ id: product.id, demo: p }] : []
  })
  let bytes = 0
  for (const [i, { id, demo }] of missing.entries()) {
    const jpeg = await phonePhoto(demo.photo, demo.handle, size)
    bytes += jpeg.length
    const { result } = await uploadProductPhotoWorkflow(container).run({ input: { content: jpeg.toString("base64") } })
    await updateSellerProductWorkflow(container).run({ input: { product_id: id, update: { images: [result.url] } } })
    if ((i + 1) % 10 === 0 || i + 1 === missing.length) {
      progress.detail(`photos ${i + 1}/${missing.length} (${result.width} × ${result.height}, ${(bytes / (i + 1) / 1e6).toFixed(1)} MB JPEG on average)`)
    }
  }
  return { added: missing.length, existing: products.length - missing.length }
}
