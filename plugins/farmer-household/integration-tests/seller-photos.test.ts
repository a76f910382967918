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

describe("a product's photos", () => {
  type Variant = { url: string; width: number; height: number }
  const imagesOf = async (id: string) => {
    const res = await medusa.api(`/admin/products/${id}?fields=images.url,images.metadata,thumbnail`, { token: await medusa.adminToken() })
    return res.body.product as { thumbnail: string; images: { url: string; metadata: { variants?: Variant[] } | null }[] }
  }
  const product = (images: unknown[]) => ({
    title: "Vải thiều Thanh Hà loại 1",
    images,
    variants: [{ title: "Hộp 2 kg", unit: "box", weight_grams: 2000, price: 120000, stock: 10 }],
  })

  it("keep each variant's own URL (the file provider names each file itself), through an edit that sends the URL back", async () => {
    const [photo] = (await upload([{ name: "vai.jpg", type: "image/jpeg", data: await phonePhoto() }])).body.photos
    const outside = "https://example.com/vai-thieu.jpg"
    const created = await medusa.api("/seller/products", { method: "POST", token, json: product([photo, outside]) })
    expect(created.status).toBe(201)
    const id = created.body.product.id
    expect(created.body.product.images).toEqual([photo.url, outside])

    const variants = photo.variants.map(({ url, width, height }: Variant) => ({ url, width, height }))
    let saved = await imagesOf(id)
    // Cards and search hits show the thumbnail: the 640 px file, not the 1280 px one.
    const cardSize = variants.find((v: Variant) => v.width === 640).url
    expect(saved.thumbnail).toBe(cardSize)
    expect(saved.images.find((i) => i.url === photo.url)?.metadata).toEqual({ variants })
    expect(saved.images.find((i) => i.url === outside)?.metadata?.variants).toBeUndefined()
    for (const v of variants) expect((await fetch(v.url)).status).toBe(200)

    // The dashboard's edit form sends the saved photos back by their URLs, cover last now.
    const edited = await medusa.api(`/seller/products/${id}`, { method: "POST", token, json: { images: [outside, photo.url] } })
    expect(edited.status).toBe(200)
    saved = await imagesOf(id)
    expect(saved.thumbnail).toBe(outside)
    expect(saved.images.find((i) => i.url === photo.url)?.metadata).toEqual({ variants })
    // Cover first again, sent by its URL alone: its kept variants give the thumbnail.
    expect((await medusa.api(`/seller/products/${id}`, { method: "POST", token, json: { images: [photo.url, outside] } })).status).toBe(200)
    expect((await imagesOf(id)).thumbnail).toBe(cardSize)
  })

  it("refuses a variant without its width, in Vietnamese first", async () => {
    const res = await medusa.api("/seller/products", {
      method: "POST",
      token,
      json: product([{ url: "https://example.com/a-1280.webp", variants: [{ url: "https://example.com/a-320.webp" }] }]),
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain("Ảnh là một địa chỉ URL hoặc ảnh vừa tải lên")
  })
})
