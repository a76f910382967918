import sharp from "sharp"
import { ocopError } from "../ocop-error"

export const MAX_SCAN_BYTES = 10 * 1024 * 1024
/** Large enough to read an A4 certificate's small print; larger phone photos are scaled down. */
const MAX_SCAN_SIDE = 2400
const PDF_SIGNATURE = Buffer.from("%PDF-")
const IMAGE_FORMATS = ["jpeg", "png", "webp"]

export type PreparedScan = { content: Buffer; mime_type: "application/pdf" | "image/webp"; extension: "pdf" | "webp" }

export const scanRefused = () =>
  ocopError(
    "INVALID_DATA",
    "Bản chụp chứng nhận phải là ảnh JPEG, PNG, WebP hoặc tệp PDF",
    "The certificate scan must be a JPEG, PNG or WebP image or a PDF file",
    "unsupported_scan"
  )

/**
 * A certificate scan as uploaded, checked by its bytes (never by its name or declared type): a
 * PDF is kept as it is; a JPEG, PNG or WebP photo is re-encoded as WebP, upright, at most
 * 2400 px, with no metadata, so the EXIF of a phone photo (GPS of the farm included) never
 * reaches the public verification page. Anything else is refused.
 */
export async function prepareScan(input: Buffer): Promise<PreparedScan> {
  if (input.length > MAX_SCAN_BYTES) {
    throw ocopError("INVALID_DATA", "Tệp quá lớn, tối đa 10 MB", "The file is too large: 10 MB at most", "too_large")
  }
  if (input.subarray(0, PDF_SIGNATURE.length).equals(PDF_SIGNATURE)) {
    return { content: input, mime_type: "application/pdf", extension: "pdf" }
  }
  const meta = await sharp(input).metadata().catch(() => null)
  if (!meta || !IMAGE_FORMATS.includes(meta.format)) throw scanRefused()
  const content = await sharp(input, { autoOrient: true, failOn: "error" })
    .resize({ width: MAX_SCAN_SIDE, height: MAX_SCAN_SIDE, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 85 })
    .toBuffer()
    .catch(() => {
      throw scanRefused()
    })
  return { content, mime_type: "image/webp", extension: "webp" }
}
