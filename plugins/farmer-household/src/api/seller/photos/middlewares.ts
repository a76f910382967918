import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import multer from "multer"
import { DEFAULT_MAX_PHOTO_BYTES } from "../../../lib/photos/process-photo"
import { bilingual } from "../../../lib/validation"

export const MAX_PHOTOS_PER_UPLOAD = 6

// In memory: photos go straight to sharp and the File Module; nothing is left on local disk.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: DEFAULT_MAX_PHOTO_BYTES, files: MAX_PHOTOS_PER_UPLOAD },
}).array("files", MAX_PHOTOS_PER_UPLOAD)

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: bilingual("Ảnh quá lớn (tối đa 15 MB)", "The photo is too large (15 MB at most)"),
  LIMIT_FILE_COUNT: bilingual(`Tối đa ${MAX_PHOTOS_PER_UPLOAD} ảnh một lần`, `At most ${MAX_PHOTOS_PER_UPLOAD} photos at a time`),
  LIMIT_UNEXPECTED_FILE: bilingual(`Gửi ảnh trong trường "files", tối đa ${MAX_PHOTOS_PER_UPLOAD} ảnh`, `Send photos in the "files" field, ${MAX_PHOTOS_PER_UPLOAD} at most`),
}

/** multer's limits answered as our 400s, in Vietnamese first. */
function receivePhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (error: any) => {
    if (!error) return next()
    const message = MULTER_MESSAGES[error.code] ?? bilingual("Không đọc được tệp gửi lên", "Could not read the upload")
    res.status(400).json({ type: "invalid_data", code: error.code === "LIMIT_FILE_SIZE" ? "too_large" : "invalid_upload", message })
  })
}

export const sellerPhotoMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/photos", method: ["POST"], bodyParser: false, middlewares: [receivePhotos] },
]
