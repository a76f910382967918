import { randomUUID } from "node:crypto"
import type { FileDTO, IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PHOTO_MIME_TYPE } from "../../../lib/photos/process-photo"
import type { ProcessedPhotoData } from "./process-photo"

export type StoredPhotoVariant = { id: string; url: string; width: number; height: number }

/**
 * Stores each variant through the File Module, public, named by a random id and its width
 * (`photos/<uuid>-640.webp`), never by the name the file had on the phone.
 */
export const storePhotoVariantsStep = createStep(
  "store-photo-variants",
  async (photo: ProcessedPhotoData, { container }) => {
    const files: IFileModuleService = container.resolve(Modules.FILE)
    const name = `photos/${randomUUID()}`
    const uploads = await Promise.allSettled(
      photo.variants.map((v) =>
        files.createFiles({ filename: `${name}-${v.width}.webp`, mimeType: PHOTO_MIME_TYPE, content: v.content, access: "public" })
      )
    )
    const stored = uploads.filter((u): u is PromiseFulfilledResult<FileDTO> => u.status === "fulfilled").map((u) => u.value)
    const failed = uploads.find((u): u is PromiseRejectedResult => u.status === "rejected")
    if (failed) {
      // A failing step is not compensated: remove what did get stored before giving up.
      if (stored.length) await files.deleteFiles(stored.map((f) => f.id))
      throw failed.reason
    }
    const variants: StoredPhotoVariant[] = stored.map((file, i) => ({
      id: file.id,
      url: file.url,
      width: photo.variants[i].width,
      height: photo.variants[i].height,
    }))
    return new StepResponse(
      variants,
      variants.map((v) => v.id)
    )
  },
  async (fileIds, { container }) => {
    if (!fileIds?.length) return
    const files: IFileModuleService = container.resolve(Modules.FILE)
    await files.deleteFiles(fileIds)
  }
)
