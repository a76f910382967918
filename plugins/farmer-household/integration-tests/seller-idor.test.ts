// Every /seller route, for every method, is scoped to its caller: another seller's ids answer
// 404, a customer's token or none answers 401. The routes are discovered from every plugin's
// src/api/seller (all of them sit behind this plugin's /seller/* middlewares), so a new route
// without a case here fails this suite.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, HAI } from "./checkout-helpers.ts"
import { submitCertificate } from "../../ocop/integration-tests/helpers.ts"
import { customerToken, deliverOrder, demoSellerToken, lycheeBox, registerSeller } from "./helpers.ts"

const pluginsDir = join(import.meta.dirname, "../..")

function discoverSellerRoutes(): string[] {
  const found: string[] = []
  const walk = (apiDir: string, dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(apiDir, path)
      else if (entry.name === "route.ts") {
        const route = "/" + relative(apiDir, dir).replace(/\[(\w+)\]/g, ":$1")
        for (const [, method] of readFileSync(path, "utf8").matchAll(/export async function (GET|POST|DELETE|PUT|PATCH)\b/g))
          found.push(`${method} ${route}`)
      }
    }
  }
  for (const plugin of readdirSync(pluginsDir)) {
    const apiDir = join(pluginsDir, plugin, "src/api")
    if (existsSync(join(apiDir, "seller"))) walk(apiDir, join(apiDir, "seller"))
  }
  return found.sort()
}

let medusa: TestMedusa
let victim: {
  token: string
  productId: string
  variantId: string
  certificationId: string
  orderId: string
  lineItemId: string
  batchId: string
  ocopCertificateId: string
  stallId: string
  reviewId: string
}
let intruder: { token: string; productId: string; variantId: string }
let customer: string

beforeAll(async () => {
  medusa = await startTestMedusa()
  const victimToken = await demoSellerToken(medusa)
  const [victimProduct] = (await medusa.api("/seller/products", { token: victimToken })).body.products
  const certification = await medusa.api("/seller/certifications", {
    method: "POST",
    token: victimToken,
    json: { kind: "vietgap", number: "VietGAP-TT-19-05-30-0012", issuer: "Trung tâm Chứng nhận Chất lượng", expires_at: "2027-05-30" },
  })
  const ocopCertificate = await submitCertificate(medusa, victimToken, [victimProduct.id])
  // Rejected, so that resubmitting is allowed to its own seller and only ownership can refuse it.
  await medusa.api(`/admin/ocop-certificates/${ocopCertificate.id}/reject`, { method: "POST", token: await medusa.adminToken(), json: { reason: "Thử" } })
  const group = await (await checkout(medusa)).placeOrder({ "VTTH-1KG": 1 }, { [HAI]: "Giao hàng tiêu chuẩn" })
  const batch = await medusa.api("/seller/batches", {
    method: "POST",
    token: victimToken,
    json: { product_id: group.orders[0].items[0].product_id, harvest_date: "2026-06-12", plot: "Vườn Đồng Gạo", quantity: 500, unit: "kg" },
  })
  customer = await customerToken(medusa, "khach@example.vn")
  victim = {
    reviewId: await deliveredAndReviewed(victimToken, customer),
    orderId: group.orders[0].id,
    lineItemId: group.orders[0].items[0].id,
    batchId: batch.body.batch.id,
    token: victimToken,
    productId: victimProduct.id,
    variantId: victimProduct.variants[0].id,
    certificationId: certification.body.certification.id,
    ocopCertificateId: ocopCertificate.id,
    // The demo market's stall A12 (seed): the demo household is its vendor.
    stallId: (await medusa.api("/seller/stalls", { token: victimToken })).body.stalls[0].id,
  }
  const other = await registerSeller(medusa, "0933 444 555", { name: "Hộ ông Phạm Văn Tư" })
  const created = await medusa.api("/seller/products", { method: "POST", token: other.token, json: lycheeBox })
  intruder = { token: other.token, productId: created.body.product.id, variantId: created.body.product.variants[0].id }
})

/** A second order of the victim's, bought by the customer, delivered and reviewed: the review's id. */
async function deliveredAndReviewed(sellerToken: string, buyerToken: string) {
  const group = await (await checkout(medusa)).placeOrder({ "VTTH-1KG": 1 }, { [HAI]: "Giao hàng tiêu chuẩn" }, buyerToken)
  const order = group.orders[0]
  await deliverOrder(medusa, sellerToken, order.id)
  const review = await medusa.api("/store/reviews", { method: "POST", token: buyerToken, json: { order_id: order.id, line_item_id: order.items[0].id, rating: 4 } })
  if (review.status !== 201) throw new Error(`review: ${review.status} ${JSON.stringify(review.body)}`)
  return review.body.review.id as string
}
afterAll(() => medusa?.stop())

type Case = { path: () => string; body?: unknown; ownedByIntruder?: boolean }

/** One case per route and method: the path points at the victim's records. */
const cases: Record<string, Case> = {
  "GET /seller/me": { path: () => "/seller/me" },
  "POST /seller/me": { path: () => "/seller/me", body: { story: "x" } },
  "GET /seller/certifications": { path: () => "/seller/certifications" },
  "POST /seller/certifications": {
    path: () => "/seller/certifications",
    body: { kind: "organic", number: "ORG-1", issuer: "Cục Trồng trọt" },
  },
  "DELETE /seller/certifications/:id": { path: () => `/seller/certifications/${victim.certificationId}` },
  "GET /seller/batches": { path: () => "/seller/batches" },
  "POST /seller/batches": {
    path: () => "/seller/batches",
    body: { product_id: "prod_x", harvest_date: "2026-06-12", plot: "Vườn", quantity: 1, unit: "kg" },
  },
  "GET /seller/batches/:id": { path: () => `/seller/batches/${victim.batchId}` },
  "POST /seller/batches/:id": { path: () => `/seller/batches/${victim.batchId}`, body: { plot: "Bị sửa trộm" } },
  "DELETE /seller/batches/:id": { path: () => `/seller/batches/${victim.batchId}` },
  "GET /seller/batches/:id/qr.png": { path: () => `/seller/batches/${victim.batchId}/qr.png` },
  "GET /seller/batches/:id/qr.svg": { path: () => `/seller/batches/${victim.batchId}/qr.svg` },
  "GET /seller/earnings": { path: () => "/seller/earnings" },
  "GET /seller/earnings/orders": { path: () => "/seller/earnings/orders" },
  "GET /seller/earnings/orders/:id": { path: () => `/seller/earnings/orders/${victim.orderId}` },
  "GET /seller/notifications": { path: () => "/seller/notifications" },
  "GET /seller/ocop-certificates": { path: () => "/seller/ocop-certificates" },
  "POST /seller/ocop-certificates": {
    path: () => "/seller/ocop-certificates",
    body: { product_ids: ["prod_01ANY"], stars: 3, product_group: "food", decision_number: "1/QĐ", issuing_authority: "UBND", level: "province", decision_date: "2025-01-02" },
  },
  "POST /seller/ocop-certificates/scans": { path: () => "/seller/ocop-certificates/scans" },
  "GET /seller/ocop-certificates/:id": { path: () => `/seller/ocop-certificates/${victim.ocopCertificateId}` },
  "POST /seller/ocop-certificates/:id/resubmit": {
    path: () => `/seller/ocop-certificates/${victim.ocopCertificateId}/resubmit`,
    body: { decision_number: "Sửa trộm" },
  },
  "GET /seller/ocop-certificates/:id/qr": { path: () => `/seller/ocop-certificates/${victim.ocopCertificateId}/qr` },
  "GET /seller/orders": { path: () => "/seller/orders" },
  "GET /seller/orders/:id": { path: () => `/seller/orders/${victim.orderId}` },
  "POST /seller/orders/:id/accept": { path: () => `/seller/orders/${victim.orderId}/accept` },
  "POST /seller/orders/:id/pack": { path: () => `/seller/orders/${victim.orderId}/pack` },
  "POST /seller/orders/:id/ship": {
    path: () => `/seller/orders/${victim.orderId}/ship`,
    body: { carrier: "GHN", tracking_number: "GHN0001" },
  },
  "POST /seller/orders/:id/deliver": { path: () => `/seller/orders/${victim.orderId}/deliver` },
  "POST /seller/orders/:id/cancel": { path: () => `/seller/orders/${victim.orderId}/cancel`, body: { reason: "Hủy trộm" } },
  "GET /seller/orders/:id/batches": { path: () => `/seller/orders/${victim.orderId}/batches` },
  "POST /seller/orders/:id/line-items/:line_item_id/batch": {
    path: () => `/seller/orders/${victim.orderId}/line-items/${victim.lineItemId}/batch`,
    // The order is checked before the body: any batch id will do.
    body: { batch_id: "batch_01" },
  },
  "DELETE /seller/orders/:id/line-items/:line_item_id/batch": {
    path: () => `/seller/orders/${victim.orderId}/line-items/${victim.lineItemId}/batch`,
  },
  "POST /seller/photos": { path: () => "/seller/photos" },
  "GET /seller/products": { path: () => "/seller/products" },
  "POST /seller/products": { path: () => "/seller/products", body: lycheeBox },
  "GET /seller/products/:id": { path: () => `/seller/products/${victim.productId}` },
  "POST /seller/products/:id": { path: () => `/seller/products/${victim.productId}`, body: { title: "Bị sửa trộm" } },
  "DELETE /seller/products/:id": { path: () => `/seller/products/${victim.productId}` },
  "POST /seller/products/:id/variants": {
    path: () => `/seller/products/${victim.productId}/variants`,
    body: { title: "Gói thử", unit: "pack", weight_grams: 100, price: 10000, stock: 1 },
  },
  "POST /seller/products/:id/variants/:variant_id": {
    path: () => `/seller/products/${victim.productId}/variants/${victim.variantId}`,
    body: { price: 1000 },
  },
  "DELETE /seller/products/:id/variants/:variant_id": {
    path: () => `/seller/products/${victim.productId}/variants/${victim.variantId}`,
  },
  "GET /seller/reviews": { path: () => "/seller/reviews" },
  "POST /seller/reviews/:id/reply": { path: () => `/seller/reviews/${victim.reviewId}/reply`, body: { reply: "Trả lời trộm" } },
  "GET /seller/stalls": { path: () => "/seller/stalls" },
  "GET /seller/stalls/:id": { path: () => `/seller/stalls/${victim.stallId}` },
  "POST /seller/stalls/:id/close": { path: () => `/seller/stalls/${victim.stallId}/close`, body: {} },
  "GET /seller/stalls/:id/events": { path: () => `/seller/stalls/${victim.stallId}/events` },
  "GET /seller/stalls/:id/ledger": { path: () => `/seller/stalls/${victim.stallId}/ledger` },
  "GET /seller/stalls/:id/ledger.csv": { path: () => `/seller/stalls/${victim.stallId}/ledger.csv` },
  "GET /seller/stalls/:id/poster.pdf": { path: () => `/seller/stalls/${victim.stallId}/poster.pdf` },
  "GET /seller/stalls/:id/poster.svg": { path: () => `/seller/stalls/${victim.stallId}/poster.svg` },
  "GET /seller/stalls/:id/qr.png": { path: () => `/seller/stalls/${victim.stallId}/qr.png` },
  "GET /seller/stalls/:id/qr.svg": { path: () => `/seller/stalls/${victim.stallId}/qr.svg` },
  "POST /seller/stalls/:id/sales": { path: () => `/seller/stalls/${victim.stallId}/sales`, body: { amount: 5000 } },
}

describe("/seller routes are scoped to their caller", () => {
  it("has a case for every route the plugin serves under /seller", () => {
    expect(Object.keys(cases).sort()).toEqual(discoverSellerRoutes())
  })

  it.each(Object.entries(cases))("%s: 401 without a token and with a customer's token", async (key, c) => {
    const method = key.split(" ")[0]
    for (const token of [undefined, customer]) {
      const res = await medusa.api(c.path(), { method, token, json: c.body })
      expect(res.status, `${key} with ${token ? "customer token" : "no token"}`).toBe(401)
    }
  })

  it.each(Object.entries(cases).filter(([key]) => key.includes(":")))(
    "%s: another seller's id answers 404 and changes nothing",
    async (key, c) => {
      const method = key.split(" ")[0]
      const res = await medusa.api(c.path(), { method, token: intruder.token, json: c.body })
      expect(res.status).toBe(404)
      expect(JSON.stringify(res.body)).not.toContain(victim.productId)
      const order = await medusa.api(`/seller/orders/${victim.orderId}`, { token: victim.token })
      expect(order.body.order.stage).toBe("new")
      const certs = await medusa.api("/seller/certifications", { token: victim.token })
      expect(certs.body.certifications.map((c: { id: string }) => c.id)).toContain(victim.certificationId)
      const batch = await medusa.api(`/seller/batches/${victim.batchId}`, { token: victim.token })
      expect(batch.body.batch.plot).toBe("Vườn Đồng Gạo")
      const ocop = await medusa.api(`/seller/ocop-certificates/${victim.ocopCertificateId}`, { token: victim.token })
      expect(ocop.body.certificate).toMatchObject({ status: "rejected", decision_number: "1520/QĐ-UBND" })
      const still = await medusa.api(`/seller/products/${victim.productId}`, { token: victim.token })
      expect(still.status).toBe(200)
      expect(still.body.product.title).not.toBe("Bị sửa trộm")
      expect(still.body.product.variants.map((v: { id: string }) => v.id)).toContain(victim.variantId)
    }
  )

  it("a variant id of another seller under one's own product answers 404", async () => {
    const res = await medusa.api(`/seller/products/${intruder.productId}/variants/${victim.variantId}`, {
      method: "POST",
      token: intruder.token,
      json: { price: 1000 },
    })
    expect(res.status).toBe(404)
  })

  it("lists and shows only the caller's own records", async () => {
    const list = await medusa.api("/seller/products", { token: intruder.token })
    expect(list.body.products.map((p: { id: string }) => p.id)).toEqual([intruder.productId])
    expect((await medusa.api("/seller/certifications", { token: intruder.token })).body.certifications).toEqual([])
    expect((await medusa.api("/seller/batches", { token: intruder.token })).body.batches).toEqual([])
    expect((await medusa.api("/seller/orders", { token: intruder.token })).body.orders).toEqual([])
    expect((await medusa.api("/seller/notifications", { token: intruder.token })).body.notifications).toEqual([])
    expect((await medusa.api("/seller/ocop-certificates", { token: intruder.token })).body.certificates).toEqual([])
    expect((await medusa.api("/seller/stalls", { token: intruder.token })).body.stalls).toEqual([])
    const me = await medusa.api("/seller/me", { token: intruder.token })
    expect(me.body.seller.name).toBe("Hộ ông Phạm Văn Tư")
  })
})
