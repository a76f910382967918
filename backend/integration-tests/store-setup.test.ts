import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../infra/src/testing/medusa.ts"

let medusa: TestMedusa
beforeAll(async () => {
  medusa = await startTestMedusa()
})
afterAll(() => medusa?.stop())

describe("the seeded store", () => {
  it("sells in one region, Việt Nam, in VND", async () => {
    const { status, body } = await medusa.api("/store/regions")
    expect(status).toBe(200)
    expect(body.regions).toHaveLength(1)
    expect(body.regions[0]).toMatchObject({ name: "Việt Nam", currency_code: "vnd" })
    expect(body.regions[0].countries.map((c: { iso_2: string }) => c.iso_2)).toEqual(["vn"])
  })

  it("lists the demo produce with integer VND prices through the publishable key", async () => {
    const region = (await medusa.api("/store/regions")).body.regions[0]
    const { body } = await medusa.api(
      `/store/products?handle=vai-thieu-thanh-ha&region_id=${region.id}&fields=*variants.calculated_price`
    )
    const [product] = body.products
    expect(product.title).toBe("Vải thiều Thanh Hà")
    const prices = product.variants.map((v: any) => [v.title, v.calculated_price.calculated_amount])
    expect(prices).toEqual(expect.arrayContaining([["1 kg", 45000], ["Hộp 5 kg", 210000]]))
    for (const [, amount] of prices) expect(Number.isInteger(amount)).toBe(true)
  })

  it("has Vietnamese as the store's first and default locale, VND as its default currency", async () => {
    const token = await medusa.adminToken()
    const { body } = await medusa.api("/admin/stores?fields=*supported_currencies,*supported_locales,+metadata", { token })
    const [store] = body.stores
    expect(store.name).toBe("Nông sản Việt")
    expect(store.supported_currencies).toEqual([expect.objectContaining({ currency_code: "vnd", is_default: true })])
    expect(store.supported_locales.map((l: { locale_code: string }) => l.locale_code)).toContain("vi-VN")
    expect(store.metadata.default_locale).toBe("vi-VN")
  })

  it("offers delivery across Việt Nam in VND", async () => {
    const token = await medusa.adminToken()
    const { body } = await medusa.api("/admin/shipping-options?fields=name,*prices", { token })
    const names = body.shipping_options.map((o: { name: string }) => o.name)
    expect(names).toEqual(expect.arrayContaining(["Giao hàng tiêu chuẩn", "Giao nhanh"]))
  })
})

describe("refusals from Medusa's own routes and middlewares", () => {
  it("answer in Vietnamese first, with Medusa's English beside it", async () => {
    const malformed = await fetch(`${medusa.url}/store/carts`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": medusa.publishableKey },
      body: '{"region_id": "reg_',
    })
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).message).toBe("Nội dung gửi lên không phải JSON hợp lệ / The request body is not valid JSON")

    const anonymous = await medusa.api("/store/customers/me")
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.message).toBe("Chưa đăng nhập, hoặc thông tin đăng nhập không đúng / Unauthorized")
    // Not covered: Medusa checks /admin's login before any middleware of ours runs: English only.
    const unknown = await medusa.api("/store/carts/cart_01JUNKNOWN0000000000000000")
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toBe("Không tìm thấy / Cart with id 'cart_01JUNKNOWN0000000000000000' not found")

    const invalid = await medusa.api("/store/carts", { method: "POST", json: { region_id: 42 } })
    expect(invalid.status).toBe(400)
    expect(invalid.body.message).toMatch(/^Yêu cầu không hợp lệ \/ .*region_id/s)
  })
})
