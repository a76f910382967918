import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"

let medusa: TestMedusa
beforeAll(async () => {
  medusa = await startTestMedusa()
})
afterAll(() => medusa?.stop())

describe("farmer-household plugin, loaded by the backend", () => {
  it("serves the approved sellers on /store/sellers", async () => {
    const { status, body } = await medusa.api("/store/sellers")
    expect(status).toBe(200)
    const handles = body.sellers.map((s: { handle: string }) => s.handle)
    expect(handles).toEqual(expect.arrayContaining(["ho-nguyen-van-hai", "htx-nong-san-luc-ngan"]))
    const hai = body.sellers.find((s: { handle: string }) => s.handle === "ho-nguyen-van-hai")
    expect(hai).toMatchObject({ type: "household", province: "Thành phố Hải Phòng", commune: "Xã Thanh Hà" })
    // Only public profile fields leave the API.
    expect(Object.keys(hai).sort()).toEqual([
      "certifications", "closed_from", "closed_until", "closure_message", "commune", "farm_area_m2", "handle", "id", "name", "province", "story", "type",
    ])
  })

  it("pages /store/sellers newest first with the total, and refuses an unknown sort in both languages", async () => {
    const all = (await medusa.api("/store/sellers")).body
    const first = (await medusa.api("/store/sellers?sort=newest&limit=2")).body
    const second = (await medusa.api("/store/sellers?sort=newest&limit=2&offset=2")).body
    expect(first.sellers).toHaveLength(2)
    expect(first.count).toBe(all.sellers.length)
    expect(second.sellers.map((s: { id: string }) => s.id)).not.toContain(first.sellers[0].id)
    const bad = await medusa.api("/store/sellers?sort=oldest")
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain("sort là name hoặc newest / sort is name or newest")
  })

  it("answers /store/sellers only with a publishable key", async () => {
    const res = await fetch(`${medusa.url}/store/sellers`)
    expect(res.status).toBe(400)
  })

  it("links a product created with additional_data.seller_id to that seller", async () => {
    const token = await medusa.adminToken()
    const sellers = (await medusa.api("/store/sellers")).body.sellers
    const seller = sellers.find((s: { handle: string }) => s.handle === "ho-lo-thi-mai")
    const created = await medusa.api("/admin/products", {
      method: "POST",
      token,
      json: {
        title: "Mật ong hoa cải",
        options: [{ title: "Quy cách", values: ["Chai 500 ml"] }],
        variants: [{ title: "Chai 500 ml", options: { "Quy cách": "Chai 500 ml" }, prices: [{ currency_code: "vnd", amount: 180000 }] }],
        additional_data: { seller_id: seller.id },
      },
    })
    expect(created.status).toBe(200)
    const fetched = await medusa.api(`/admin/products/${created.body.product.id}?fields=id,seller.*`, { token })
    expect(fetched.body.product.seller).toMatchObject({ id: seller.id, handle: "ho-lo-thi-mai" })
  })

  it("rejects a seller_id that is not a string and leaves no product behind", async () => {
    const token = await medusa.adminToken()
    const res = await medusa.api("/admin/products", {
      method: "POST",
      token,
      json: {
        title: "Sản phẩm lỗi",
        handle: "san-pham-loi",
        options: [{ title: "Quy cách", values: ["1 kg"] }],
        variants: [{ title: "1 kg", options: { "Quy cách": "1 kg" }, prices: [{ currency_code: "vnd", amount: 1000 }] }],
        additional_data: { seller_id: 42 },
      },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain("seller_id")
    const list = await medusa.api("/admin/products?handle=san-pham-loi", { token })
    expect(list.body.products).toHaveLength(0)
  })
})
