import { MedusaError } from "@medusajs/framework/utils"

export type PhotoErrorCode = "not_an_image" | "unsupported_format" | "too_large" | "too_many_pixels"

/**
 * A photo refused for what it is, not for a fault of ours. It is a MedusaError of type
 * invalid_data, so a route that lets it through answers 400 with `code` and the message; a
 * workflow serializes it with `code` intact.
 */
export class PhotoError extends MedusaError {
  declare code: PhotoErrorCode

  constructor(code: PhotoErrorCode, message: string) {
    super(MedusaError.Types.INVALID_DATA, message, code)
    this.name = "PhotoError"
  }

  static notAnImage() {
    return new PhotoError("not_an_image", "Tệp không phải là ảnh hoặc ảnh bị hỏng / The file is not an image, or the image is damaged")
  }

  static unsupportedFormat(format: string) {
    return new PhotoError(
      "unsupported_format",
      `Không nhận ảnh định dạng ${format}; hãy dùng JPEG, PNG, WebP hoặc AVIF / ${format} images are not accepted; use JPEG, PNG, WebP or AVIF`
    )
  }

  static tooLarge(maxBytes: number) {
    const mb = formatMegabytes(maxBytes)
    return new PhotoError("too_large", `Ảnh quá lớn, tối đa ${mb} MB / The photo is too large: ${mb} MB at most`)
  }

  static tooManyPixels(maxPixels: number) {
    const mp = Math.floor(maxPixels / 1_000_000)
    return new PhotoError(
      "too_many_pixels",
      `Ảnh có quá nhiều điểm ảnh, tối đa ${mp} megapixel / The photo has too many pixels: ${mp} megapixels at most`
    )
  }
}

function formatMegabytes(bytes: number) {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10)
}
