// Traceability against a real Medusa: batches of a seller's products, their QR labels (decoded
// back from the PNG), the public trace with its scan count, and batches on order lines.
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, HAI } from "../../farmer-household/integration-tests/checkout-helpers.ts"
import { demoSellerToken, lycheeBox, registerSeller } from "../../farmer-household/integration-tests/helpers.ts"
import demo from "../../../seed/data/demo.json" with { type: "json" }

const STOREFRONT = "https://cho.nongsan.example"

let medusa: TestMedusa
let hai: string
let products: Map<string, string>
const lycheeBatch = {
  harvest_date: "2026-06-12",
  packing_date: "2026-06-13",
  plot: "Vườn Đồng Gạo, thửa 12",
  quantity: 650,
  unit: "kg",
  vietgap_code: "VietGAP-TT-19-05-30-0012",
  notes: "Hái sáng sớm",
}

beforeAll(async () => {
  medusa = await startTestMedusa({ STOREFRONT_URL: STOREFRONT })
  hai = await demoSellerToken(medusa)
  const { body } = await medusa.api("/seller/products", { token: hai })
  products = new Map(body.products.map((p: { handle: string; id: string }) => [p.handle, p.id]))
})
afterAll(() => medusa?.stop())

async function createBatch(productHandle: string, fields: Record<string, unknown> = {}) {
  const res = await medusa.api("/seller/batches", {
    method: "POST",
    token: hai,
    json: { ...lycheeBatch, product_id: products.get(productHandle), ...fields },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.batch
}

async function raw(path: string, token?: string) {
  const res = await fetch(`${medusa.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  return { status: res.status, type: res.headers.get("content-type"), bytes: Buffer.from(await res.arrayBuffer()) }
}

const trace = (code: string) => medusa.api(`/store/trace/${code}`)

describe("a seller's batches", () => {
  it("creates a batch with a public code whose QR (PNG and SVG) opens the trace page", async () => {
    const batch = await createBatch("vai-thieu-thanh-ha")
    expect(batch).toMatchObject({
      code: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{10}$/),
      product: { id: products.get("vai-thieu-thanh-ha"), handle: "vai-thieu-thanh-ha" },
      harvest_date: "2026-06-12",
      packing_date: "2026-06-13",
      quantity: 650,
      unit: "kg",
      scan_count: 0,
    })
    const url = `${STOREFRONT}/truy-xuat/${batch.code}`
    expect(batch.trace_url).toBe(url)

    const png = await raw(`/seller/batches/${batch.id}/qr.png`, hai)
    expect(png.status).toBe(200)
    expect(png.type).toBe("image/png")
    const image = PNG.sync.read(png.bytes)
    const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)
    expect(decoded?.data).toBe(url)

    const svg = await raw(`/seller/batches/${batch.id}/qr.svg`, hai)
    expect(svg.status).toBe(200)
    expect(svg.type).toContain("image/svg+xml")
    expect(svg.bytes.toString()).toContain("<svg")
  })

  it("refuses a packing date before the harvest and a zero quantity, in Vietnamese and English", async () => {
    const early = await medusa.api("/seller/batches", {
      method: "POST",
      token: hai,
      json: { ...lycheeBatch, product_id: products.get("vai-thieu-thanh-ha"), packing_date: "2026-06-11" },
    })
    expect(early.status).toBe(400)
    expect(early.body.message).toBe("Ngày đóng gói không thể trước ngày thu hoạch / The packing date cannot be before the harvest date")
    const zero = await medusa.api("/seller/batches", {
      method: "POST",
      token: hai,
      json: { ...lycheeBatch, product_id: products.get("vai-thieu-thanh-ha"), quantity: 0 },
    })
    expect(zero.status).toBe(400)
    expect(zero.body.issues[0]).toMatchObject({ path: "quantity", message: "Số lượng phải lớn hơn 0 / Quantity must be more than 0" })
  })

  it("edits a batch (an emptied field is cleared) and lists batches per product", async () => {
    const batch = await createBatch("vai-u-hong-thanh-ha", { harvest_date: "2026-05-25", packing_date: null })
    const edited = await medusa.api(`/seller/batches/${batch.id}`, {
      method: "POST",
      token: hai,
      json: { quantity: 300, vietgap_code: "", packing_date: "2026-05-26" },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.batch).toMatchObject({ quantity: 300, vietgap_code: null, packing_date: "2026-05-26", plot: lycheeBatch.plot, code: batch.code })
    const late = await medusa.api(`/seller/batches/${batch.id}`, { method: "POST", token: hai, json: { harvest_date: "2026-05-27" } })
    expect(late.status).toBe(400)

    const list = await medusa.api(`/seller/batches?product_id=${products.get("vai-u-hong-thanh-ha")}`, { token: hai })
    expect(list.body.batches.map((b: { id: string }) => b.id)).toEqual([batch.id])
    const all = await medusa.api("/seller/batches", { token: hai })
    expect(all.body.batches.length).toBeGreaterThan(1)
    // Newest harvest first.
    const days = all.body.batches.map((b: { harvest_date: string }) => b.harvest_date)
    expect(days).toEqual([...days].sort().reverse())
  })

  it("deletes a batch; its code then traces to nothing", async () => {
    const batch = await createBatch("vai-thieu-thanh-ha")
    expect((await medusa.api(`/seller/batches/${batch.id}`, { method: "DELETE", token: hai })).body).toEqual({ id: batch.id, object: "batch", deleted: true })
    expect((await medusa.api(`/seller/batches/${batch.id}`, { token: hai })).status).toBe(404)
    expect((await trace(batch.code)).status).toBe(404)
  })

  it("keeps other sellers out: their products and batches answer 404", async () => {
    const other = await registerSeller(medusa, "0977 111 222", { name: "Hộ ông Đỗ Văn Bình" })
    const batch = await createBatch("vai-thieu-thanh-ha")
    for (const path of [`/seller/batches/${batch.id}`, `/seller/batches/${batch.id}/qr.png`, `/seller/batches/${batch.id}/qr.svg`]) {
      expect((await medusa.api(path, { token: other.token })).status, path).toBe(404)
    }
    expect((await medusa.api(`/seller/batches/${batch.id}`, { method: "DELETE", token: other.token })).status).toBe(404)
    const stolen = await medusa.api("/seller/batches", {
      method: "POST",
      token: other.token,
      json: { ...lycheeBatch, product_id: products.get("vai-thieu-thanh-ha") },
    })
    expect(stolen.status).toBe(404)
    expect((await medusa.api("/seller/batches", { token: other.token })).body.batches).toEqual([])
    const own = await medusa.api("/seller/products", { method: "POST", token: other.token, json: lycheeBox })
    const ownBatch = await medusa.api("/seller/batches", { method: "POST", token: other.token, json: { ...lycheeBatch, product_id: own.body.product.id } })
    expect(ownBatch.status).toBe(201)
    expect((await medusa.api(`/seller/batches/${ownBatch.body.batch.id}`, { token: hai })).status).toBe(404)
  })
})

describe("the public trace", () => {
  it("shows the product, the farm, the harvest and the farm's certifications, and counts each scan", async () => {
    const batch = await createBatch("vai-thieu-thanh-ha")
    const first = await trace(batch.code)
    expect(first.status).toBe(200)
    expect(first.body.trace).toMatchObject({
      code: batch.code,
      product: { title: "Vải thiều Thanh Hà", handle: "vai-thieu-thanh-ha" },
      seller: { name: HAI, handle: "ho-nguyen-van-hai", commune: "Xã Thanh Hà", province: "Thành phố Hải Phòng" },
      harvest_date: "2026-06-12",
      packing_date: "2026-06-13",
      plot: lycheeBatch.plot,
      quantity: 650,
      unit: "kg",
      vietgap_code: lycheeBatch.vietgap_code,
      scan_count: 1,
    })
    expect(first.body.trace.certifications).toContainEqual(
      expect.objectContaining({ kind: "vietgap", number: demo.sellerCertifications[0]!.number, valid: true })
    )
    // Notes and ids are the seller's own.
    expect(JSON.stringify(first.body)).not.toMatch(/Hái sáng sớm|batch_|prod_|sel_/)
    // As typed from a label: lower case, with a dash.
    const typed = await trace(`${batch.code.slice(0, 5).toLowerCase()}-${batch.code.slice(5)}`)
    expect(typed.body.trace.scan_count).toBe(2)
    // Every answer counts a scan, so none may come from a cache.
    const headers = await fetch(`${medusa.url}/store/trace/${batch.code}`, { headers: { "x-publishable-api-key": medusa.publishableKey } })
    expect(headers.headers.get("cache-control")).toBe("no-store")
  })

  it("loses no scan when many phones scan the same label at once", async () => {
    const batch = await createBatch("vai-thieu-thanh-ha")
    const answers = await Promise.all(Array.from({ length: 8 }, () => trace(batch.code)))
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200))
    expect(answers.map((a) => a.body.trace.scan_count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    const own = await medusa.api(`/seller/batches/${batch.id}`, { token: hai })
    expect(own.body.batch.scan_count).toBe(8)
  })

  it("answers an unknown code and a malformed one with the same 404, naming neither", async () => {
    const unknown = await trace("ZZZZZZZZZZ")
    const malformed = await trace("not-a-code!")
    const tooLong = await trace("7KQ2VX9M4TX")
    expect(unknown.status).toBe(404)
    expect(malformed).toEqual(unknown)
    expect(tooLong).toEqual(unknown)
    expect(unknown.body).toEqual({ type: "not_found", message: "Không tìm thấy lô hàng / Batch not found" })
  })

  it("traces the seeded lychee batch", async () => {
    const seeded = demo.batches.find((b) => b.product === "vai-thieu-thanh-ha")!
    const res = await trace(seeded.code)
    expect(res.body.trace).toMatchObject({ code: seeded.code, plot: seeded.plot, product: { title: "Vải thiều Thanh Hà" } })
    // Its OCOP certificate still waits for the operator: nobody's business yet.
    expect(res.body.trace.ocop_certificates).toEqual([])
  })

  it("lists a product's recent batches for its page, without the seller's notes", async () => {
    const seeded = demo.batches.find((b) => b.product === "che-tan-cuong-dac-biet")!
    const { body: { products: [product] } } = await medusa.api("/store/products?handle=che-tan-cuong-dac-biet&fields=id")
    const res = await medusa.api(`/store/products/${product.id}/batches`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ batches: [{ code: seeded.code, harvest_date: seeded.harvest_date }] })
    expect((await medusa.api("/store/products/prod_nothing/batches")).body).toEqual({ batches: [] })
  })

  it("shows the product's OCOP certificate with its status, and a revocation at once", async () => {
    const seeded = demo.batches.find((b) => b.product === "che-tan-cuong-dac-biet")!
    const before = (await trace(seeded.code)).body.trace.ocop_certificates
    expect(before).toEqual([expect.objectContaining({ status: "verified", stars: 4, product_group: "food", code: expect.stringMatching(/^[0-9A-Z]{10}$/) })])
    const admin = await medusa.adminToken()
    const { certificates } = (await medusa.api("/admin/ocop-certificates?status=verified", { token: admin })).body
    const tea = certificates.find((c: { code: string }) => c.code === before[0].code)
    await medusa.api(`/admin/ocop-certificates/${tea.id}/revoke`, { method: "POST", token: admin, json: { reason: "Kiểm tra lại không đạt" } })
    expect((await trace(seeded.code)).body.trace.ocop_certificates).toEqual([expect.objectContaining({ code: before[0].code, status: "revoked" })])
  })
})

describe("batches on order lines", () => {
  let groupId: string
  let orderId: string
  let lineId: string

  beforeAll(async () => {
    const group = await (await checkout(medusa)).placeOrder({ "VTTH-1KG": 2 }, { [HAI]: "Giao hàng tiêu chuẩn" })
    groupId = group.id
    orderId = group.orders[0].id
    lineId = group.orders[0].items[0].id
  })

  const assign = (batchId: string, token = hai, line = lineId) =>
    medusa.api(`/seller/orders/${orderId}/line-items/${line}/batch`, { method: "POST", token, json: { batch_id: batchId } })

  it("refuses a batch of another product for a line", async () => {
    const other = await createBatch("vai-u-hong-thanh-ha", { harvest_date: "2026-05-25", packing_date: null })
    const res = await assign(other.id)
    expect(res.status).toBe(400)
    expect(res.body.message).toBe("Lô này không phải của sản phẩm trong dòng hàng / This batch is not of the line's product")
    expect((await medusa.api(`/store/order-groups/${groupId}/batches`)).body).toEqual({ line_items: {} })
  })

  it("puts a batch on the line: the seller's order and the buyer's group show it, and it can no longer be deleted", async () => {
    const batch = await createBatch("vai-thieu-thanh-ha")
    const res = await assign(batch.id)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toEqual({ line_item_id: lineId, batch: { id: batch.id, code: batch.code } })

    const seller = await medusa.api(`/seller/orders/${orderId}/batches`, { token: hai })
    expect(seller.body.line_items).toEqual([{ id: lineId, product_id: products.get("vai-thieu-thanh-ha"), batch: { id: batch.id, code: batch.code } }])
    const buyer = await medusa.api(`/store/order-groups/${groupId}/batches`)
    expect(buyer.body).toEqual({ line_items: { [lineId]: { code: batch.code } } })

    const removed = await medusa.api(`/seller/batches/${batch.id}`, { method: "DELETE", token: hai })
    expect(removed.status).toBe(400)
    expect(removed.body.message).toContain("Lô này đã gắn với đơn hàng")

    // A second batch replaces the first: a line carries one batch.
    const second = await createBatch("vai-thieu-thanh-ha", { plot: "Vườn sau nhà" })
    expect((await assign(second.id)).body.batch).toEqual({ id: second.id, code: second.code })
    expect((await medusa.api(`/store/order-groups/${groupId}/batches`)).body.line_items[lineId]).toEqual({ code: second.code })

    // And it can be taken off again.
    const cleared = await medusa.api(`/seller/orders/${orderId}/line-items/${lineId}/batch`, { method: "DELETE", token: hai })
    expect(cleared.body).toEqual({ line_item_id: lineId, batch: null })
    expect((await medusa.api(`/store/order-groups/${groupId}/batches`)).body).toEqual({ line_items: {} })
    expect((await medusa.api(`/seller/batches/${batch.id}`, { method: "DELETE", token: hai })).status).toBe(200)
  })

  it("answers 404 for a line that is not on the order and for another seller's batch", async () => {
    const batch = await createBatch("vai-thieu-thanh-ha")
    expect((await assign(batch.id, hai, "ordli_not_here")).status).toBe(404)
    const other = await registerSeller(medusa, "0977 333 444", { name: "Hộ bà Vũ Thị Na" })
    const own = await medusa.api("/seller/products", { method: "POST", token: other.token, json: lycheeBox })
    const foreign = await medusa.api("/seller/batches", { method: "POST", token: other.token, json: { ...lycheeBatch, product_id: own.body.product.id } })
    expect((await assign(foreign.body.batch.id)).status).toBe(404)
    // And the other seller cannot touch this order at all.
    expect((await assign(foreign.body.batch.id, other.token)).status).toBe(404)
  })

  it("answers the group's batches only to whoever may read the group", async () => {
    expect((await medusa.api("/store/order-groups/ogrp_not_there/batches")).status).toBe(404)
  })
})
