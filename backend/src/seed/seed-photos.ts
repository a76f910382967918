import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateSellerProductWorkflow, uploadProductPhotoWorkflow } from "@nongsan/farmer-household/workflows"
import type { DemoProduct } from "./demo-data"
import { phonePhoto, type PhotoSize } from "./phone-photo"
import type { SeedProgress } from "./seed-progress"

/**
 * A demo product's drawn photo, uploaded through the same path as a seller's (POST /seller/photos:
 * validation, EXIF stripped, WebP variants, File Module). The product then takes `url`.
 */
export async function uploadDemoPhoto(container: ExecArgs["container"], product: DemoProduct, size: PhotoSize) {
  const jpeg = await phonePhoto(product.photo, product.handle, size)
  const { result } = await uploadProductPhotoWorkflow(container).run({ input: { content: jpeg.toString("base64") } })
  return { ...result, bytes: jpeg.length }
}

/**
 * A photo for every demo product that has none (a database seeded before the demo had photos),
 * set on the product the way the dashboard does. Products that have a picture are left alone.
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
  for (const [i, { id, demo }] of missing.entries()) {
    const photo = await uploadDemoPhoto(container, demo, size)
    await updateSellerProductWorkflow(container).run({ input: { product_id: id, update: { images: [photo.url] } } })
    if ((i + 1) % 25 === 0) progress.detail(`photos ${i + 1}/${missing.length}`)
  }
  return { added: missing.length, existing: products.length - missing.length }
}
