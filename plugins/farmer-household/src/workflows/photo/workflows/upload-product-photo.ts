import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { processPhotoStep, type ProcessPhotoStepInput } from "../steps/process-photo"
import { storePhotoVariantsStep, type StoredPhotoVariant } from "../steps/store-photo-variants"

export type UploadProductPhotoInput = ProcessPhotoStepInput

export type UploadProductPhotoResult = {
  /** The largest variant: the one to keep as the product image's URL. */
  url: string
  /** The photo's size after its EXIF orientation is applied. */
  width: number
  height: number
  /** Narrowest first; `id` is the File Module's file id, for deleting it later. */
  variants: StoredPhotoVariant[]
}

/**
 * A product photo from a seller's phone: validated, turned into WebP variants without its
 * metadata, and stored through the File Module. Refusals are PhotoErrors (invalid_data, with
 * code not_an_image, unsupported_format, too_large or too_many_pixels).
 */
export const uploadProductPhotoWorkflow = createWorkflow("upload-product-photo", (input: UploadProductPhotoInput) => {
  const photo = processPhotoStep(input)
  const variants = storePhotoVariantsStep(photo)
  const result = transform({ photo, variants }, ({ photo, variants }): UploadProductPhotoResult => ({
    url: variants[variants.length - 1].url,
    width: photo.width,
    height: photo.height,
    variants,
  }))
  return new WorkflowResponse(result)
})
