import sharp, { type Metadata } from "sharp"
import { PhotoError } from "./photo-error"

/** The widths a product photo is served at: list thumbnails, phone screens, large screens. */
export const PHOTO_WIDTHS = [320, 640, 1280] as const
export const DEFAULT_MAX_PHOTO_BYTES = 15 * 1024 * 1024
/** Well above a 48 MP phone camera; a bigger claim is a decompression bomb, not a photo. */
export const DEFAULT_MAX_PHOTO_PIXELS = 50_000_000
export const PHOTO_MIME_TYPE = "image/webp"

// Effort 2 (of 0–6) encodes over twice as fast as the default 4 for files some 5% larger,
// which keeps a 12 MP photo within the 400 ms budget (infra/bench/measurements/photo-pipeline.ts, `npm run bench:photos`).
const WEBP = { quality: 78, effort: 2 } as const

export type ProcessPhotoOptions = {
  /** Larger inputs are refused with too_large. */
  maxBytes?: number
  /** Inputs whose header claims more pixels are refused with too_many_pixels, before decoding. */
  maxPixels?: number
}

export type PhotoVariant = { width: number; height: number; buffer: Buffer; size: number }

export type ProcessedPhoto = {
  /** The photo's size as it is seen, after its EXIF orientation is applied. */
  width: number
  height: number
  /** WebP, narrowest first; never wider than the photo itself. */
  variants: PhotoVariant[]
}

/**
 * Turns an uploaded photo into WebP variants: the format is sniffed from the bytes (never from
 * a file name or MIME type), the EXIF orientation is applied, and no metadata (EXIF with GPS,
 * XMP, ICC) reaches the output, because sharp writes none unless asked. Throws PhotoError.
 */
export async function processPhoto(input: Buffer, opts: ProcessPhotoOptions = {}): Promise<ProcessedPhoto> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_PHOTO_BYTES
  const maxPixels = opts.maxPixels ?? DEFAULT_MAX_PHOTO_PIXELS
  if (input.length === 0) throw PhotoError.notAnImage()
  if (input.length > maxBytes) throw PhotoError.tooLarge(maxBytes)

  // Reads the header only: cheap, and it tells a bomb from a photo before any pixel is decoded.
  // sharp's own pixel limit is off here so that a bomb is reported as one, not as a non-image.
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw PhotoError.notAnImage()
    })
  checkFormat(meta)
  if (meta.width * meta.height > maxPixels) throw PhotoError.tooManyPixels(maxPixels)
  const { width, height } = meta.autoOrient
  const targets = [...new Set(PHOTO_WIDTHS.map((w) => Math.min(w, width)))]

  // Decode once, straight to the largest variant (JPEG shrink-on-load skips part of the work);
  // the smaller variants are resized from its pixels. failOn "error" refuses truncated and
  // corrupt data but not the harmless warnings some cheap phones' JPEGs raise.
  let largest: { data: Buffer; info: sharp.OutputInfo }
  try {
    largest = await sharp(input, { autoOrient: true, limitInputPixels: maxPixels, failOn: "error" })
      .resize({ width: targets[targets.length - 1], withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch {
    // A valid header over broken or truncated pixel data.
    throw PhotoError.notAnImage()
  }
  const raw = { width: largest.info.width, height: largest.info.height, channels: largest.info.channels }

  const variants = await Promise.all(
    targets.map(async (target) => {
      const pipeline = sharp(largest.data, { raw })
      if (target < raw.width) pipeline.resize({ width: target })
      const { data, info } = await pipeline.webp(WEBP).toBuffer({ resolveWithObject: true })
      return { width: info.width, height: info.height, buffer: data, size: data.length }
    })
  )
  return { width, height, variants }
}

function checkFormat(meta: Metadata) {
  switch (meta.format) {
    case "jpeg":
    case "png":
    case "webp":
      return
    case "heif":
      // sharp's prebuilt libvips decodes AV1 (AVIF) but not HEVC, which iPhones' HEIC uses.
      if (meta.compression === "av1") return
      throw PhotoError.unsupportedFormat("HEIC")
    default:
      // GIF, SVG, TIFF and the rest: images, but not phone photos, and SVG can carry scripts.
      throw PhotoError.unsupportedFormat(meta.format.toUpperCase())
  }
}
