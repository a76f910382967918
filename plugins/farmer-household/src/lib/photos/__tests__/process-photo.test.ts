import { crc32 } from "node:zlib"
import exifr from "exifr"
import sharp from "sharp"
import { beforeAll, describe, expect, it } from "vitest"
import { PhotoError, type PhotoErrorCode } from "../photo-error"
import { DEFAULT_MAX_PHOTO_BYTES, PHOTO_WIDTHS, processPhoto } from "../process-photo"

const RED = { r: 220, g: 20, b: 30 }
const BLUE = { r: 20, g: 40, b: 220 }

// Hải Dương's lychee orchards, where a farmer's phone would put them.
const GPS = {
  GPSLatitudeRef: "N",
  GPSLatitude: "20/1 56/1 3000/100",
  GPSLongitudeRef: "E",
  GPSLongitude: "106/1 22/1 1500/100",
}

/**
 * A photo as a phone stores it: pixels in sensor orientation (left half red, right half blue),
 * EXIF Orientation 6 ("turn 90° clockwise to show"), and the place it was taken in the GPS IFD.
 */
function phoneJpeg(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: BLUE } })
    .composite([{ input: { create: { width: width / 2, height, channels: 3, background: RED } }, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: "Xiaomi", Model: "Redmi 9A" }, IFD3: GPS })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

function plain(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: RED } })
}

/** The chunks of a WebP file (RIFF): an EXIF, XMP or ICCP chunk is where metadata would be. */
function webpChunks(file: Buffer) {
  expect(file.toString("latin1", 0, 4)).toBe("RIFF")
  expect(file.toString("latin1", 8, 12)).toBe("WEBP")
  const chunks: { id: string; data: Buffer }[] = []
  for (let at = 12; at + 8 <= file.length; ) {
    const size = file.readUInt32LE(at + 4)
    chunks.push({ id: file.toString("latin1", at, at + 4), data: file.subarray(at + 8, at + 8 + size) })
    at += 8 + size + (size % 2)
  }
  return chunks
}

async function refused(input: Promise<unknown>, code: PhotoErrorCode) {
  const error = await input.then(
    () => expect.fail(`expected ${code}, got a processed photo`),
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(PhotoError)
  expect(error).toMatchObject({ code, type: "invalid_data" })
  // Vietnamese first, English beside it.
  expect((error as PhotoError).message).toMatch(/^\S.* \/ [A-Z]/)
  return error as PhotoError
}

describe("processPhoto with a 12 MP phone JPEG", () => {
  let input: Buffer
  let photo: Awaited<ReturnType<typeof processPhoto>>
  beforeAll(async () => {
    input = await phoneJpeg(4000, 3000)
    photo = await processPhoto(input)
  })

  it("starts from a JPEG that carries GPS and orientation, as read by an EXIF reader", async () => {
    const exif = await exifr.parse(input, { translateValues: false })
    expect(exif.Orientation).toBe(6)
    expect(exif.Make).toBe("Xiaomi")
    const gps = await exifr.gps(input)
    expect(gps.latitude).toBeCloseTo(20.94, 2)
    expect(gps.longitude).toBeCloseTo(106.37, 2)
  })

  it("makes WebP variants 320, 640 and 1280 px wide, narrowest first", async () => {
    expect(photo.variants.map((v) => v.width)).toEqual([...PHOTO_WIDTHS])
    for (const variant of photo.variants) {
      const meta = await sharp(variant.buffer).metadata()
      expect(meta.format).toBe("webp")
      expect([meta.width, meta.height]).toEqual([variant.width, variant.height])
      expect(variant.size).toBe(variant.buffer.length)
    }
  })

  it("applies the EXIF orientation: portrait, and the stored left half on top", async () => {
    expect([photo.width, photo.height]).toEqual([3000, 4000])
    for (const variant of photo.variants) expect(Math.abs(variant.height - (variant.width * 4) / 3)).toBeLessThan(1)
    const small = photo.variants[0]
    const { data, info } = await sharp(small.buffer).raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)]
    const near = (actual: number[], expected: { r: number; g: number; b: number }) =>
      actual.every((value, i) => Math.abs(value - [expected.r, expected.g, expected.b][i]) < 25)
    expect(near(pixel(small.width / 2, 20), RED)).toBe(true)
    expect(near(pixel(small.width / 2, small.height - 20), BLUE)).toBe(true)
  })

  it("leaves no metadata at all: no EXIF (so no GPS), no XMP, no ICC profile, no orientation", async () => {
    for (const variant of photo.variants) {
      expect(webpChunks(variant.buffer).map((c) => c.id).filter((id) => ["EXIF", "XMP ", "ICCP"].includes(id))).toEqual([])
      const meta = await sharp(variant.buffer).metadata()
      expect(meta.exif).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
      expect(meta.icc).toBeUndefined()
      expect(meta.orientation).toBeUndefined()
    }
  })

  it("would see the GPS had it been kept (the check above can fail)", async () => {
    const leaky = await sharp(input).resize({ width: 320 }).keepExif().webp().toBuffer()
    const exif = webpChunks(leaky).find((c) => c.id === "EXIF")
    // libvips stores the APP1 payload as is: "Exif\0\0", then the TIFF structure exifr reads.
    expect(exif!.data.toString("latin1", 0, 6)).toBe("Exif\0\0")
    const gps = await exifr.gps(exif!.data.subarray(6))
    expect(gps.latitude).toBeCloseTo(20.94, 2)
  })
})

describe("processPhoto with other photos", () => {
  it("never enlarges: a 500 px photo gives 320 and 500, a 200 px one only 200", async () => {
    const medium = await processPhoto(await plain(500, 375).jpeg().toBuffer())
    expect(medium.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 240],
      [500, 375],
    ])
    const tiny = await processPhoto(await plain(200, 100).jpeg().toBuffer())
    expect(tiny.variants.map((v) => v.width)).toEqual([200])
  })

  it("accepts PNG (keeping transparency), WebP and AVIF, judged by content", async () => {
    const transparent = await sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer()
    const png = await processPhoto(transparent)
    expect(png.variants.map((v) => v.width)).toEqual([320, 640, 800])
    expect((await sharp(png.variants[0].buffer).metadata()).hasAlpha).toBe(true)

    for (const input of [await plain(900, 600).webp().toBuffer(), await plain(900, 600).avif().toBuffer()]) {
      const photo = await processPhoto(input)
      expect([photo.width, photo.height]).toEqual([900, 600])
      expect(photo.variants.map((v) => v.width)).toEqual([320, 640, 900])
    }
  })
})

describe("processPhoto refuses", () => {
  it("a text file, whatever it was named", async () => {
    await refused(processPhoto(Buffer.from("Giá vải thiều hôm nay: 25.000 ₫/kg\n")), "not_an_image")
  })

  it("an empty file", async () => {
    const error = await refused(processPhoto(Buffer.alloc(0)), "not_an_image")
    expect(error.message).toBe("Tệp không phải là ảnh hoặc ảnh bị hỏng / The file is not an image, or the image is damaged")
  })

  it("a JPEG cut off halfway through its upload", async () => {
    const whole = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "black", noise: { type: "gaussian", mean: 128, sigma: 30 } } })
      .jpeg()
      .toBuffer()
    await expect(processPhoto(whole)).resolves.toBeDefined()
    await refused(processPhoto(whole.subarray(0, whole.length / 2)), "not_an_image")
  })

  it("images that are not photos: GIF, SVG, TIFF", async () => {
    const gif = await refused(processPhoto(await plain(40, 40).gif().toBuffer()), "unsupported_format")
    expect(gif.message).toContain("GIF")
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>alert(1)</script></svg>')
    await refused(processPhoto(svg), "unsupported_format")
    await refused(processPhoto(await plain(40, 40).tiff().toBuffer()), "unsupported_format")
  })

  it("a file over 15 MB, or over the configured size, before looking inside", async () => {
    const error = await refused(processPhoto(Buffer.alloc(DEFAULT_MAX_PHOTO_BYTES + 1)), "too_large")
    expect(error.message).toContain("15 MB")
    const jpeg = await plain(400, 300).jpeg().toBuffer()
    await refused(processPhoto(jpeg, { maxBytes: jpeg.length - 1 }), "too_large")
  })

  it("decompression bombs: tiny PNGs whose headers claim 100 and 400 megapixels", async () => {
    const png = await plain(16, 16).png().toBuffer()
    for (const side of [10_000, 20_000]) {
      const bomb = withPngSize(png, side, side)
      expect(bomb.length).toBeLessThan(1000)
      const error = await refused(processPhoto(bomb), "too_many_pixels")
      expect(error.message).toContain("50 megapixel")
    }
  })

  it("a real photo over the configured pixel limit", async () => {
    await refused(processPhoto(await plain(4000, 3000).jpeg().toBuffer(), { maxPixels: 10_000_000 }), "too_many_pixels")
  })
})

/** Rewrites a PNG's IHDR width and height (and its CRC), leaving the pixel data as it was. */
function withPngSize(png: Buffer, width: number, height: number) {
  const out = Buffer.from(png)
  // Signature (8 bytes), then IHDR: length (4), type (4), width (4), height (4) … CRC after 13 bytes.
  expect(out.toString("latin1", 12, 16)).toBe("IHDR")
  out.writeUInt32BE(width, 16)
  out.writeUInt32BE(height, 20)
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29)
  return out
}
