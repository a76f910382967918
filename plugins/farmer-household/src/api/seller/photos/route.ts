import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { receivedPhotos } from "../../../lib/photos/receive-photos"
import { bilingual } from "../../../lib/validation"
import { uploadProductPhotoWorkflow } from "../../../workflows/photo/workflows/upload-product-photo"
import type { SellerRequest } from "../../utils/seller-context"

/**
 * Photos from the phone's camera: each becomes WebP variants (320/640/1280 px, no EXIF, no GPS,
 * upright) stored by the File Module. The product then takes each returned photo in `images`
 * (its variants are kept with the image: their file names cannot be derived from `url`).
 */
export async function POST(req: SellerRequest, res: MedusaResponse) {
  const files = receivedPhotos(req)
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, bilingual("Chưa chọn ảnh nào", "No photo was sent"))
  }
  const photos = []
  for (const file of files) {
    const { result } = await uploadProductPhotoWorkflow(req.scope).run({ input: { content: file.buffer.toString("base64") } })
    photos.push(result)
  }
  res.status(201).json({ photos })
}
