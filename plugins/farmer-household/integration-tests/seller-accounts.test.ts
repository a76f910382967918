import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { withClient } from "../../../infra/src/database.ts"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { inShop, lycheeBox, registerSeller, sellerLogin } from "./helpers.ts"

let medusa: TestMedusa
let admin: string
beforeAll(async () => {
  medusa = await startTestMedusa()
  admin = await medusa.adminToken()
})
afterAll(() => medusa?.stop())

const setStatus = (id: string, action: string, reason?: string) =>
  medusa.api(`/admin/sellers/${id}/status`, { method: "POST", token: admin, json: { action, reason } })

describe("a household from registration to selling", () => {
  let seller: any
  let token: string
  let product: any

  it("registers with a phone number and waits for approval", async () => {
    ;({ seller, token } = await registerSeller(medusa, "0987 654 321"))
    expect(seller).toMatchObject({ status: "pending", handle: "ho-ba-tran-thi-lan", phone: "+84987654321" })
    // Typed the other way, the same phone is the same account.
    expect(await sellerLogin(medusa, "+84 987.654.321", "mat-khau-1")).toBeTruthy()
    const me = await medusa.api("/seller/me", { token })
    expect(me.status).toBe(200)
    expect(me.body.seller.status).toBe("pending")
  })

  it("answers bad registration data with a clear message in Vietnamese first", async () => {
    const reg = await medusa.api("/auth/seller/emailpass/register", { method: "POST", json: { email: "lan2@example.vn", password: "x12345678" } })
    const res = await medusa.api("/store/sellers", {
      method: "POST",
      token: reg.body.token,
      json: { name: "", representative_name: "Lan", phone: "12345", province: "Hải Phòng", commune: "Thanh Hà" },
    })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain("Số điện thoại không hợp lệ / Invalid phone number")
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["name", "phone", "province"]))
    // "Hải Phòng" alone is not a unit's name: the 2025 names are asked for.
    expect(res.body.message).toContain("Chọn một trong 34 tỉnh, thành phố")
  })

  it("lists a product while pending, which the shop does not show yet", async () => {
    const res = await medusa.api("/seller/products", { method: "POST", token, json: { ...lycheeBox, status: "published" } })
    expect(res.status).toBe(201)
    product = res.body.product
    expect(product).toMatchObject({
      handle: "vai-thieu-say-kho",
      status: "published",
      origin_province: "Thành phố Hải Phòng",
      origin_commune: "Xã Thanh Hà",
      harvest_windows: [{ label: "Vụ chính", from: "06-01", to: "07-20" }],
      preorder: { enabled: true, cap: 500 },
    })
    expect(product.variants.map((v: any) => [v.title, v.price, v.stock, v.unit])).toEqual(
      expect.arrayContaining([["Túi 500 g", 95000, 40, "bag"], ["Hộp 1 kg", 180000, 15, "box"]])
    )
    expect(await inShop(medusa, product.handle)).toBe(false)
  })

  it("shows the queue to the operator, who approves: the product appears in the shop", async () => {
    const queue = await medusa.api("/admin/sellers?status=pending", { token: admin })
    expect(queue.body.sellers.map((s: any) => s.id)).toContain(seller.id)
    const approved = await setStatus(seller.id, "approve")
    expect(approved.status).toBe(200)
    expect(approved.body.seller.status).toBe("approved")
    expect(await inShop(medusa, product.handle)).toBe(true)
    expect((await medusa.api("/seller/me", { token })).body.seller.status).toBe("approved")
  })

  it("unpublishes and publishes a product", async () => {
    await medusa.api(`/seller/products/${product.id}`, { method: "POST", token, json: { status: "draft" } })
    expect(await inShop(medusa, product.handle)).toBe(false)
    await medusa.api(`/seller/products/${product.id}`, { method: "POST", token, json: { status: "published" } })
    expect(await inShop(medusa, product.handle)).toBe(true)
  })

  it("hides the seller's products at once when suspended, and brings them back when reinstated", async () => {
    expect((await setStatus(seller.id, "suspend")).status).toBe(400) // a reason is required
    const suspended = await setStatus(seller.id, "suspend", "Giấy tờ hết hạn")
    expect(suspended.body.seller).toMatchObject({ status: "suspended", status_reason: "Giấy tờ hết hạn" })
    expect(await inShop(medusa, product.handle)).toBe(false)
    expect((await medusa.api(`/store/sellers/${seller.handle}`)).status).toBe(404)
    await setStatus(seller.id, "reinstate")
    expect(await inShop(medusa, product.handle)).toBe(true)
  })

  it("closes for the season and reopens", async () => {
    const closed = await medusa.api("/seller/me", {
      method: "POST",
      token,
      json: { closed_from: new Date(Date.now() - 60_000).toISOString(), closed_until: null, closure_message: "Nghỉ sau vụ vải" },
    })
    expect(closed.status).toBe(200)
    expect(await inShop(medusa, product.handle)).toBe(false)
    await medusa.api("/seller/me", { method: "POST", token, json: { closed_from: null } })
    expect(await inShop(medusa, product.handle)).toBe(true)
  })

  it("keeps the national ID encrypted at rest and shows it only masked", async () => {
    const res = await medusa.api("/seller/me", {
      method: "POST",
      token,
      json: { national_id: "031099012345", bank_bin: "970416", bank_account_number: "257678859", bank_account_holder: "TRAN THI LAN" },
    })
    expect(res.status).toBe(200)
    expect(res.body.seller.national_id_masked).toBe("********2345")
    expect(JSON.stringify(res.body)).not.toContain("031099012345")
    expect(JSON.stringify((await medusa.api(`/admin/sellers/${seller.id}`, { token: admin })).body)).not.toContain("031099012345")
    const stored = await withClient(medusa.databaseUrl, (c) =>
      c.query("SELECT national_id_encrypted, national_id_last4 FROM seller WHERE id = $1", [seller.id])
    )
    expect(stored.rows[0].national_id_last4).toBe("2345")
    expect(stored.rows[0].national_id_encrypted).toMatch(/^v1:/)
    expect(stored.rows[0].national_id_encrypted).not.toContain("031099012345")
    const rejected = await medusa.api("/seller/me", { method: "POST", token, json: { national_id: "12345" } })
    expect(rejected.status).toBe(400)
    expect(rejected.body.message).toContain("Số CCCD gồm 12 chữ số")
  })

  it("records a VietGAP certificate that the public page shows", async () => {
    const res = await medusa.api("/seller/certifications", {
      method: "POST",
      token,
      json: { kind: "vietgap", number: "VietGAP-TT-24-11-31-0042", issuer: "Trung tâm Kiểm nghiệm Hải Phòng", expires_at: "2027-11-30" },
    })
    expect(res.status).toBe(201)
    const page = await medusa.api(`/store/sellers/${seller.handle}`)
    expect(page.body.seller.certifications).toEqual([
      expect.objectContaining({ kind: "vietgap", number: "VietGAP-TT-24-11-31-0042" }),
    ])
    expect(page.body.seller.product_ids).toEqual([product.id])
    expect(JSON.stringify(page.body)).not.toMatch(/phone|bank_|national_id|status_reason/)
  })

  it("manages pack sizes: add, reprice, restock, remove; money stays integer VND", async () => {
    const added = await medusa.api(`/seller/products/${product.id}/variants`, {
      method: "POST",
      token,
      json: { title: "Thùng 5 kg", unit: "box", unit_quantity: 5, weight_grams: 5300, price: 850000, stock: 4 },
    })
    expect(added.status, JSON.stringify(added.body)).toBe(201)
    const box = added.body.product.variants.find((v: any) => v.title === "Thùng 5 kg")
    expect(box).toMatchObject({ price: 850000, stock: 4, unit_quantity: 5 })

    const fractional = await medusa.api(`/seller/products/${product.id}/variants/${box.id}`, { method: "POST", token, json: { price: 849999.5 } })
    expect(fractional.status).toBe(400)
    expect(fractional.body.message).toContain("Giá tính bằng đồng")

    const repriced = await medusa.api(`/seller/products/${product.id}/variants/${box.id}`, {
      method: "POST",
      token,
      json: { price: 820000, stock: 9 },
    })
    expect(repriced.body.product.variants.find((v: any) => v.id === box.id)).toMatchObject({ price: 820000, stock: 9 })

    const removed = await medusa.api(`/seller/products/${product.id}/variants/${box.id}`, { method: "DELETE", token })
    expect(removed.status).toBe(200)
    const after = await medusa.api(`/seller/products/${product.id}`, { token })
    expect(after.body.product.variants.map((v: any) => v.title)).not.toContain("Thùng 5 kg")
  })

  it("lists the seller's own products and deletes one", async () => {
    const list = await medusa.api("/seller/products", { token })
    expect(list.body.products.map((p: any) => p.id)).toEqual([product.id])
    expect((await medusa.api(`/seller/products/${product.id}`, { method: "DELETE", token })).status).toBe(200)
    expect((await medusa.api(`/seller/products/${product.id}`, { token })).status).toBe(404)
    expect(await inShop(medusa, product.handle)).toBe(false)
  })
})

describe("the operator's routes", () => {
  it("answer 401 to anyone but a signed-in operator", async () => {
    const { token: sellerToken } = await registerSeller(medusa, "0966 123 456", { name: "Hộ ông Vũ Văn Nam" })
    for (const token of [undefined, sellerToken]) {
      expect((await medusa.api("/admin/sellers", { token })).status).toBe(401)
      expect((await medusa.api("/admin/sellers/sel_x/status", { method: "POST", token, json: { action: "approve" } })).status).toBe(401)
    }
  })
})

describe("rejection", () => {
  it("needs a reason, and the seller sees it", async () => {
    const { seller, token } = await registerSeller(medusa, "0911 222 333", { name: "HTX Thử Nghiệm", type: "cooperative" })
    expect((await setStatus(seller.id, "reject")).status).toBe(400)
    const rejected = await setStatus(seller.id, "reject", "Thiếu giấy đăng ký HTX")
    expect(rejected.body.seller.status).toBe("rejected")
    const me = await medusa.api("/seller/me", { token })
    expect(me.body.seller).toMatchObject({ status: "rejected", status_reason: "Thiếu giấy đăng ký HTX" })
    expect((await setStatus(seller.id, "suspend", "x")).status).toBe(400) // not from rejected
  })
})

describe("the seller API from a browser", () => {
  const preflight = (origin: string) =>
    fetch(`${medusa.url}/seller/me`, {
      method: "OPTIONS",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
    })

  it("answers the storefront's preflight before authentication (the dashboard runs in the browser)", async () => {
    // The test Medusa's STORE_CORS accepts any localhost origin.
    const res = await preflight("http://localhost:3000")
    expect(res.status).toBe(204)
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:3000")
    expect(res.headers.get("access-control-allow-headers")).toContain("authorization")
  })

  it("gives other origins no CORS headers, and still wants a token", async () => {
    expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull()
    const res = await fetch(`${medusa.url}/seller/me`, { headers: { origin: "http://localhost:3000" } })
    expect(res.status).toBe(401)
    expect(res.headers.get("access-control-allow-origin")).toBe("http://localhost:3000")
  })
})
