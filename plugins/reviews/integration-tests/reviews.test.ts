// Reviews against a real Medusa: a signed-in buyer's COD order, delivered by the demo farm,
// then the buyer's review, the farm's one reply, the operator hiding it, and who may do what.
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, HAI } from "../../farmer-household/integration-tests/checkout-helpers.ts"
import { customerToken, deliverOrder, demoSellerToken, registerSeller } from "../../farmer-household/integration-tests/helpers.ts"

let medusa: TestMedusa
let buyer: string
let hai: string
let order: { id: string; items: { id: string; product_id: string }[] }
let reviewId: string
let secondId: string

const HAI_HANDLE = "ho-nguyen-van-hai"
const productReviews = () => medusa.api(`/store/products/${order.items[0]!.product_id}/reviews`)
const review = (token: string | undefined, json: Record<string, unknown>) => medusa.api("/store/reviews", { method: "POST", token, json })
const lineOf = (o: typeof order) => ({ order_id: o.id, line_item_id: o.items[0]!.id })
type Upload = { name: string; type: string; data: Buffer }
/** A review as the storefront sends one with photos: multipart form fields and "files". */
const reviewWithPhotos = (token: string, fields: Record<string, string | number>, files: Upload[]) => {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, String(value))
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.data)], { type: f.type }), f.name)
  return medusa.api("/store/reviews", { method: "POST", token, body: form })
}
// A 1600 × 1200 phone shot of red fruit, with the phone's GPS in its EXIF.
const fruitPhoto = async (): Promise<Upload> => ({
  name: "IMG_20250612_071530.jpg",
  type: "image/jpeg",
  data: await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 190, g: 40, b: 50 } } })
    .jpeg({ quality: 85 })
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "20/1 56/1 3000/100", GPSLongitudeRef: "E", GPSLongitude: "106/1 22/1 1500/100" } })
    .toBuffer(),
})
let photo: { url: string; width: number; height: number; variants: unknown[] }

beforeAll(async () => {
  medusa = await startTestMedusa()
  buyer = await customerToken(medusa, "lan.reviews@example.vn")
  hai = await demoSellerToken(medusa)
  const group = await (await checkout(medusa)).placeOrder({ "VTTH-1KG": 2, "VTTH-5KG": 1 }, { [HAI]: "Giao hàng tiêu chuẩn" }, buyer)
  order = group.orders[0]
})
afterAll(() => medusa?.stop())

describe("a buyer's review of a delivered line", () => {
  it("lists the signed-in buyer's order groups with each seller's stage", async () => {
    const res = await medusa.api("/store/customers/me/order-groups", { token: buyer })
    expect(res.status).toBe(200)
    expect(res.body.count).toBe(1)
    expect(res.body.order_groups[0].orders[0]).toMatchObject({ id: order.id, stage: "new", seller: { name: HAI } })
    expect((await medusa.api("/store/customers/me/order-groups")).status).toBe(401)
  })

  it("refuses a line that has not been delivered, in Vietnamese and English", async () => {
    const res = await review(buyer, { ...lineOf(order), rating: 5 })
    expect(res.status).toBe(400)
    expect(res.body.message).toBe("Chỉ đánh giá được hàng đã giao tới bạn / Only a delivered order line can be reviewed")
  })

  it("needs a signed-in buyer", async () => {
    expect((await review(undefined, { ...lineOf(order), rating: 5 })).status).toBe(401)
  })

  it("takes 1 to 5 stars, once, from the order's own buyer", async () => {
    await deliverOrder(medusa, hai, order.id, "VTP9")
    const groups = (await medusa.api("/store/customers/me/order-groups", { token: buyer })).body.order_groups
    expect(groups[0].orders[0]).toMatchObject({ stage: "delivered", tracking: [{ tracking_number: "VTP9" }] })

    const sixStars = await review(buyer, { ...lineOf(order), rating: 6 })
    expect(sixStars.status).toBe(400)
    expect(sixStars.body.message).toContain("Chọn từ 1 đến 5 sao / Choose 1 to 5 stars")

    const stranger = await customerToken(medusa, "minh.reviews@example.vn")
    expect((await review(stranger, { ...lineOf(order), rating: 1 })).status).toBe(404)

    const created = await reviewWithPhotos(buyer, { ...lineOf(order), rating: 5, body: "Vải ngọt, quả to, giao nhanh." }, [await fruitPhoto()])
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.review).toMatchObject({
      rating: 5,
      product_id: order.items[0]!.product_id,
      author_name: "Minh",
      photos: [{ url: expect.stringMatching(/-1280\.webp$/), width: 1600, height: 1200, variants: expect.any(Array) }],
    })
    reviewId = created.body.review.id
    photo = created.body.review.photos[0]
    expect(photo.url).not.toContain("IMG_")
    expect(photo.url).toBe(photo.variants[2].url)
    // The shared photo pipeline's WebP variants, without the phone's EXIF (its GPS), and no File Module ids.
    expect(photo.variants.map((v: { width: number; height: number }) => [v.width, v.height])).toEqual([[320, 240], [640, 480], [1280, 960]])
    for (const variant of photo.variants) {
      expect(Object.keys(variant).sort()).toEqual(["height", "url", "width"])
      const meta = await sharp(Buffer.from(await (await fetch(variant.url)).arrayBuffer())).metadata()
      expect([meta.format, meta.width, meta.exif]).toEqual(["webp", variant.width, undefined])
    }

    const again = await review(buyer, { ...lineOf(order), rating: 4 })
    expect(again.status).toBe(422)
    expect(again.body.message).toBe("Bạn đã đánh giá sản phẩm này trong đơn / You have already reviewed this order line")

    const mine = (await medusa.api("/store/customers/me/reviews", { token: buyer })).body.reviews
    expect(mine).toMatchObject([{ id: reviewId, line_item_id: order.items[0]!.id }])
  })

  it("refuses photos that are not photos, too many or too large, in Vietnamese and English, and keeps no review", async () => {
    const second = { order_id: order.id, line_item_id: order.items[1]!.id, rating: 4 }
    const notAPhoto = await reviewWithPhotos(buyer, second, [{ name: "vai.jpg", type: "image/jpeg", data: Buffer.from("Giá vải hôm nay: 25.000 ₫/kg") }])
    expect(notAPhoto.status).toBe(400)
    expect(notAPhoto.body.message).toBe("Tệp không phải là ảnh hoặc ảnh bị hỏng / The file is not an image, or the image is damaged")

    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#fff" } }).gif().toBuffer()
    const animated = await reviewWithPhotos(buyer, second, [await fruitPhoto(), { name: "vai.gif", type: "image/gif", data: gif }])
    expect(animated.status).toBe(400)
    expect(animated.body.message).toContain("Không nhận ảnh định dạng GIF")

    const five = await reviewWithPhotos(buyer, second, Array.from({ length: 5 }, () => ({ name: "a.png", type: "image/png", data: gif })))
    expect(five.status).toBe(400)
    expect(five.body.message).toBe("Tối đa 4 ảnh một lần / At most 4 photos at a time")

    const huge = await reviewWithPhotos(buyer, second, [{ name: "big.jpg", type: "image/jpeg", data: Buffer.alloc(9 * 1024 * 1024, 1) }])
    expect(huge.status).toBe(400)
    expect(huge.body.message).toBe("Ảnh quá lớn (tối đa 8 MB) / The photo is too large (8 MB at most)")

    const noStars = await reviewWithPhotos(buyer, { order_id: order.id, line_item_id: order.items[1]!.id }, [])
    expect(noStars.status).toBe(400)
    // None of them left a review of the line behind.
    expect((await medusa.api("/store/customers/me/reviews", { token: buyer })).body.reviews).toHaveLength(1)
  })

  it("shows on the product and the farm with the average and count, without the buyer's id", async () => {
    // The order's other pack of the same lychee, 4 stars: the average is over both (5 and 4).
    const second = await review(buyer, { order_id: order.id, line_item_id: order.items[1]!.id, rating: 4 })
    expect(second.status, JSON.stringify(second.body)).toBe(201)
    secondId = second.body.review.id

    const product = await productReviews()
    expect(product.status).toBe(200)
    expect(product.body.rating).toEqual({ average: 4.5, count: 2 })
    expect(product.body.reviews).toEqual([
      expect.objectContaining({ id: secondId, rating: 4, body: null, photos: [] }),
      expect.objectContaining({ id: reviewId, body: "Vải ngọt, quả to, giao nhanh.", reply: null, photos: [photo] }),
    ])
    expect(product.body.reviews[0]).not.toHaveProperty("customer_id")

    const farm = await medusa.api(`/store/sellers/${HAI_HANDLE}/reviews`)
    expect(farm.body.rating).toEqual({ average: 4.5, count: 2 })
    expect(farm.body.reviews.flatMap((r: { photos: { url: string }[] }) => r.photos.map((p) => p.url))).toEqual([photo.url])
    expect((await medusa.api("/store/sellers/khong-co-nha-vuon-nay/reviews")).status).toBe(404)
  })
})

describe("the seller's reply", () => {
  it("answers another seller's review with 404, and lets the farm reply once", async () => {
    const other = await registerSeller(medusa, "0987000111")
    const foreign = await medusa.api(`/seller/reviews/${reviewId}/reply`, { method: "POST", token: other.token, json: { reply: "Cảm ơn" } })
    expect(foreign.status).toBe(404)
    expect((await medusa.api("/seller/reviews", { token: other.token })).body.reviews).toEqual([])

    const listed = (await medusa.api("/seller/reviews", { token: hai })).body
    expect(listed.reviews.map((r: { id: string; rating: number }) => [r.id, r.rating]).sort()).toEqual([[reviewId, 5], [secondId, 4]].sort())
    expect(listed.reviews[0]).not.toHaveProperty("customer_id")

    const empty = await medusa.api(`/seller/reviews/${reviewId}/reply`, { method: "POST", token: hai, json: { reply: "  " } })
    expect(empty.status).toBe(400)
    const reply = await medusa.api(`/seller/reviews/${reviewId}/reply`, { method: "POST", token: hai, json: { reply: "Cảm ơn anh chị đã ủng hộ vườn!" } })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect(reply.body.review).toMatchObject({ reply: "Cảm ơn anh chị đã ủng hộ vườn!", replied_at: expect.any(String) })

    const twice = await medusa.api(`/seller/reviews/${reviewId}/reply`, { method: "POST", token: hai, json: { reply: "Lần hai" } })
    expect(twice.status).toBe(400)
    expect(twice.body.message).toBe("Bạn đã trả lời đánh giá này / You have already replied to this review")
    expect((await productReviews()).body.reviews.find((r: { id: string }) => r.id === reviewId).reply).toBe("Cảm ơn anh chị đã ủng hộ vườn!")
  })
})

describe("the operator's moderation", () => {
  it("hides a review with a reason; it leaves the store and its average", async () => {
    const admin = await medusa.adminToken()
    const queue = await medusa.api("/admin/reviews", { token: admin })
    expect(queue.body.reviews.map((r: { id: string }) => r.id)).toContain(reviewId)
    // The operator sees the photos too, without the File Module's ids.
    expect(queue.body.reviews.find((r: { id: string }) => r.id === reviewId).photos).toEqual([photo])

    const noReason = await medusa.api(`/admin/reviews/${reviewId}/hide`, { method: "POST", token: admin, json: { reason: "" } })
    expect(noReason.status).toBe(400)
    expect(noReason.body.message).toContain("Ghi lý do ẩn")
    expect((await medusa.api(`/admin/reviews/${reviewId}/hide`, { method: "POST", token: hai, json: { reason: "Spam" } })).status).toBe(401)

    const hidden = await medusa.api(`/admin/reviews/${reviewId}/hide`, { method: "POST", token: admin, json: { reason: "Quảng cáo" } })
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200)
    expect(hidden.body.review).toMatchObject({ hidden_reason: "Quảng cáo", hidden_at: expect.any(String) })

    const product = (await productReviews()).body
    expect(product.reviews.map((r: { id: string }) => r.id)).toEqual([secondId])
    // Its photo with it: no list in the store names it any more.
    expect(JSON.stringify(product)).not.toContain(photo.url)
    expect(JSON.stringify((await medusa.api(`/store/sellers/${HAI_HANDLE}/reviews`)).body)).not.toContain(photo.url)
    expect(product.rating).toEqual({ average: 4, count: 1 })
    expect((await medusa.api(`/store/sellers/${HAI_HANDLE}/reviews`)).body.rating).toEqual({ average: 4, count: 1 })
    // The buyer and the farm still see it, with the reason.
    const farmSide = (await medusa.api("/seller/reviews", { token: hai })).body.reviews
    expect(farmSide.find((r: { id: string }) => r.id === reviewId)).toMatchObject({ hidden_reason: "Quảng cáo" })
  })
})
