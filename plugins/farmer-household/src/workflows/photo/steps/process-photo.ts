import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { processPhoto } from "../../../lib/photos/process-photo"

export type ProcessPhotoStepInput = {
  /** The uploaded file, base64-encoded: workflow data is stored as JSON, where a Buffer is not. */
  content: string
}

export type ProcessedPhotoData = {
  width: number
  height: number
  /** WebP, narrowest first, base64-encoded for the same reason as the input. */
  variants: { width: number; height: number; size: number; content: string }[]
}

/** Validates the upload and makes its WebP variants; nothing to undo, it only computes. */
export const processPhotoStep = createStep("process-photo", async (input: ProcessPhotoStepInput) => {
  const photo = await processPhoto(Buffer.from(input.content, "base64"))
  const data: ProcessedPhotoData = {
    width: photo.width,
    height: photo.height,
    variants: photo.variants.map((v) => ({ width: v.width, height: v.height, size: v.size, content: v.buffer.toString("base64") })),
  }
  return new StepResponse(data)
})
