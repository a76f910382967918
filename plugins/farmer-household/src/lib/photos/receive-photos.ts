import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { bilingual } from "../validation"
import { DEFAULT_MAX_PHOTO_BYTES } from "./process-photo"

export type ReceivePhotosOptions = {
  /** How many photos one request may carry. */
  maxFiles: number
  /** Per photo; larger ones are refused before they reach sharp. */
  maxBytes?: number
}

/** The photos multer kept in memory on the request (`files` field), in the order they were sent. */
export function receivedPhotos(req: MedusaRequest): { buffer: Buffer }[] {
  return (req as unknown as { files?: { buffer: Buffer }[] }).files ?? []
}

/**
 * A middleware that reads up to maxFiles photos from a multipart body's "files" field into memory
 * (photos go straight to sharp and the File Module; nothing is left on local disk), with multer's
 * limits answered as our 400s in Vietnamese first. A request that is not multipart passes through.
 */
export function receivePhotos({ maxFiles, maxBytes = DEFAULT_MAX_PHOTO_BYTES }: ReceivePhotosOptions) {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: maxFiles } }).array("files", maxFiles)
  const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10
  const messages: Record<string, string> = {
    LIMIT_FILE_SIZE: bilingual(`Ảnh quá lớn (tối đa ${mb} MB)`, `The photo is too large (${mb} MB at most)`),
    LIMIT_FILE_COUNT: bilingual(`Tối đa ${maxFiles} ảnh một lần`, `At most ${maxFiles} photos at a time`),
    LIMIT_UNEXPECTED_FILE: bilingual(`Gửi ảnh trong trường "files", tối đa ${maxFiles} ảnh`, `Send photos in the "files" field, ${maxFiles} at most`),
  }
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    upload(req as any, res as any, (error: any) => {
      if (!error) return next()
      const message = messages[error.code] ?? bilingual("Không đọc được tệp gửi lên", "Could not read the upload")
      res.status(400).json({ type: "invalid_data", code: error.code === "LIMIT_FILE_SIZE" ? "too_large" : "invalid_upload", message })
    })
  }
}
