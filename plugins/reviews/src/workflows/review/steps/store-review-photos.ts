import type { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { uploadProductPhotoWorkflow, type UploadProductPhotoResult } from "@nongsan/farmer-household/workflows"

export type StoreReviewPhotosInput = {
  /** The buyer's photos, base64-encoded (workflow data is stored as JSON, where a Buffer is not). */
  photos: string[]
}

const fileIds = (photos: UploadProductPhotoResult[]) => photos.flatMap((p) => p.variants.map((v) => v.id))

/**
 * The buyer's photos through the marketplace's one photo pipeline (farmer-household's upload
 * workflow: format sniffed, EXIF and GPS stripped, WebP variants stored by the File Module), one
 * after the other so a phone's four photos do not hold four decoded images in memory at once.
 * A refused photo (PhotoError, 400) removes the ones already stored; compensation removes all.
 */
export const storeReviewPhotosStep = createStep(
  "store-review-photos",
  async (input: StoreReviewPhotosInput, { container }) => {
    const stored: UploadProductPhotoResult[] = []
    try {
      for (const content of input.photos) {
        const { result } = await uploadProductPhotoWorkflow(container).run({ input: { content } })
        stored.push(result)
      }
    } catch (error) {
      // A failing step is not compensated: remove what did get stored before giving up.
      if (stored.length) await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(fileIds(stored))
      throw error
    }
    return new StepResponse(stored, fileIds(stored))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(ids)
  }
)
