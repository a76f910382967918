import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateSellerProductWorkflow, uploadProductPhotoWorkflow } from "@nongsan/farmer-household/workflows"
import type { DemoProduct } from "./demo-data"
import { phonePhoto, type PhotoSize } from "./phone-photo"
import type { SeedProgress } from "./seed-progress"

/**
 * A demo product's drawn photo, uploaded through the same path as a seller's (POST /seller/photos:
 * validation, EXIF stripped, WebP variants, File Module). The product then takes the photo, variants included.
 */
export async function uploadDemoPhoto(container: ExecArgs["container"], product: DemoProduct, size: PhotoSize) {
  const jpeg = await phonePhoto(product.photo, product.handle, size)
  const { result } = await uploadProductPhotoWorkflow(container).run({ input: { content: jpeg.toString("base64") } })
  return { ...result, bytes: jpeg.length }
}

/**
 * A photo for every demo product that has none (a database seeded before the demo had photos) or
 * whose photos have no variants kept with them (seeded before the shop took each variant's own
 * URL: the file provider's names cannot be derived), set on the product the way the dashboard
 * does. Products whose photos carry their variants are left alone, so a rerun changes nothing.
 */
export async function ensureProductPhotos(
  container: ExecArgs["container"],
  products: DemoProduct[],
  size: PhotoSize,
  progress: SeedProgress
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "product", fields: ["id", "handle", "images.metadata"] })
  const missing = products.flatMap((p) => {
    const product = existing.find((e) => e.handle === p.handle)
    const complete = product?.images?.length && product.images.every((i: { metadata?: Record<string, unknown> | null } | null) => Array.isArray(i?.metadata?.variants))
    return product && !complete ? [{ id: product.id, demo: p }] : []
  })
  for (const [i, { id, demo }] of missing.entries()) {
    const photo = await uploadDemoPhoto(container, demo, size)
    await updateSellerProductWorkflow(container).run({ input: { product_id: id, update: { images: [photo] } } })
    if ((i + 1) % 25 === 0) progress.detail(`photos ${i + 1}/${missing.length}`)
  }
  return { added: missing.length, existing: products.length - missing.length }
}
