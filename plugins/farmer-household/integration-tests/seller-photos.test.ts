import exifr from "exifr"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { demoSellerToken } from "./helpers.ts"

// Photos from a farmer's phone through POST /seller/photos (multipart), as the dashboard sends them.
let medusa: TestMedusa
let token: string
beforeAll(async () => {
  medusa = await startTestMedusa()
  token = await demoSellerToken(medusa)
})
afterAll(() => medusa?.stop())

async function upload(files: { name: string; type: string; data: Buffer }[]) {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.data)], { type: f.type }), f.name)
  const res = await fetch(`${medusa.url}/seller/photos`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
  return { status: res.status, body: await res.json() }
}

const phonePhoto = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 190, g: 40, b: 50 } } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "Samsung", Model: "Galaxy A05" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "20/1 56/1 3000/100", GPSLongitudeRef: "E", GPSLongitude: "106/1 22/1 1500/100" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()

describe("POST /seller/photos", () => {
  it("turns a phone photo with GPS into upright WebP variants with no EXIF at all", async () => {
    const jpeg = await phonePhoto()
    expect((await exifr.gps(jpeg))?.latitude).toBeCloseTo(20.94, 1)
    const res = await upload([{ name: "IMG_20250612_071530.jpg", type: "image/jpeg", data: jpeg }])
    expect(res.status).toBe(201)
    const [photo] = res.body.photos
    expect(photo.variants.map((v: { width: number }) => v.width)).toEqual([320, 640, 1280])
    expect(photo.url).toBe(photo.variants[2].url)
    for (const variant of photo.variants) {
      expect(variant.url).not.toContain("IMG_")
      const file = Buffer.from(await (await fetch(variant.url)).arrayBuffer())
      const meta = await sharp(file).metadata()
      expect(meta.format).toBe("webp")
      expect(meta.height).toBeGreaterThan(meta.width!) // the orientation was applied
      expect(meta.exif).toBeUndefined()
      expect(await exifr.gps(file).catch(() => undefined)).toBeUndefined()
    }
  })

  it("refuses a file that is not an image with a message in Vietnamese first", async () => {
    const res = await upload([{ name: "vai-thieu.jpg", type: "image/jpeg", data: Buffer.from("Giá vải thiều hôm nay: 25.000 ₫/kg\n") }])
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/^Tệp không phải là ảnh/)
  })

  it("asks for a photo when none is sent, and refuses too many at once", async () => {
    expect((await upload([])).body.message).toContain("Chưa chọn ảnh nào")
    const tiny = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } }).png().toBuffer()
    const many = await upload(Array.from({ length: 7 }, (_, i) => ({ name: `${i}.png`, type: "image/png", data: tiny })))
    expect(many.status).toBe(400)
    expect(many.body.message).toContain("Tối đa 6 ảnh")
  })
})
