import { describe, expect, it } from "vitest"
import { communesOf, findCommune, findProvince } from "../../../plugins/farmer-household/src/lib/administrative-units"
import { toHandle } from "../../../plugins/farmer-household/src/lib/handle"
import { SellerVariantSchema } from "../../../plugins/farmer-household/src/api/seller/products/validators"
import { demoData } from "./demo-data"
import { ILLUSTRATION_KINDS } from "./product-illustration"

// The demo data is hand-written JSON; these are the mistakes the seed would otherwise only meet
// half-way through a run (or never: a wrong commune seeds fine and looks wrong).
describe("the demo data", () => {
  const sellerHandles = new Set(demoData.sellers.map((s) => s.handle))
  const productHandles = new Set(demoData.products.map((p) => p.handle))

  it("has about 30 sellers and 150 products, each handle once", () => {
    expect(demoData.sellers.length).toBeGreaterThanOrEqual(30)
    expect(demoData.products.length).toBe(150)
    expect(sellerHandles.size).toBe(demoData.sellers.length)
    expect(productHandles.size).toBe(demoData.products.length)
  })

  it("gives every seller its own login phone, the demo login being the demo household's own", () => {
    const phones = demoData.sellers.map((s) => s.phone)
    expect(new Set(phones).size).toBe(phones.length)
    const { seller, phone, name } = demoData.sellerLogin
    expect(demoData.sellers.find((s) => s.handle === seller)).toMatchObject({ phone, representative_name: name })
  })

  it("places every seller, market and buyer in a real post-2025 commune", () => {
    const places = [...demoData.sellers, ...demoData.markets, ...demoData.buyers.map((b) => ({ province: b.address.province, commune: b.address.city }))]
    for (const { province, commune } of places) {
      const unit = findProvince(province)
      expect(unit, province).toBeDefined()
      expect(findCommune(unit!, commune), `${commune}, ${province} (e.g. ${communesOf(unit!)[0]?.name})`).toBeDefined()
    }
  })

  it("gives each product the handle its title makes, a known seller, category and picture, and valid packs", () => {
    const categories = new Set(demoData.categories.map((c) => c.handle))
    const skus = demoData.products.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(skus).size).toBe(skus.length)
    for (const p of demoData.products) {
      expect(p.handle).toBe(toHandle(p.title))
      expect(sellerHandles.has(p.seller), p.seller).toBe(true)
      expect(categories.has(p.category), p.category).toBe(true)
      expect(Object.keys(ILLUSTRATION_KINDS)).toContain(p.photo)
      for (const v of p.variants) expect(SellerVariantSchema.safeParse(v).success, `${p.handle} ${v.title}`).toBe(true)
    }
  })

  it("refers only to products and sellers it has", () => {
    const refs = [
      ...demoData.sellerCertifications.map((c) => ({ seller: c.seller })),
      ...demoData.batches.map((b) => ({ products: [b.product] })),
      ...demoData.ocopCertificates.verified,
      ...demoData.ocopCertificates.submitted,
    ]
    for (const ref of refs) {
      if ("seller" in ref && ref.seller) expect(sellerHandles.has(ref.seller), ref.seller).toBe(true)
      for (const handle of ("products" in ref ? ref.products : []) ?? []) expect(productHandles.has(handle), handle).toBe(true)
    }
    const skus = new Set(demoData.products.flatMap((p) => p.variants.map((v) => v.sku)))
    for (const order of demoData.buyers.flatMap((b) => b.orders)) {
      for (const sku of Object.keys(order.items)) expect(skus.has(sku), sku).toBe(true)
      for (const seller of Object.keys(order.stages)) expect(sellerHandles.has(seller), seller).toBe(true)
    }
  })

  it("rates OCOP products 3 to 5 stars, 5 stars by the ministry", () => {
    for (const c of [...demoData.ocopCertificates.verified, ...demoData.ocopCertificates.submitted]) {
      expect([3, 4, 5]).toContain(c.stars)
      expect(c.level).toBe(c.stars === 5 ? "ministry" : "province")
    }
    expect(new Set(demoData.ocopCertificates.verified.map((c) => c.stars))).toEqual(new Set([3, 4, 5]))
  })

  it("has orders in every state a seller sees, paid both ways", () => {
    const orders = demoData.buyers.flatMap((b) => b.orders)
    expect(new Set(orders.flatMap((o) => Object.values(o.stages)))).toEqual(new Set(["new", "accepted", "packed", "shipped", "delivered", "cancelled"]))
    expect(new Set(orders.map((o) => o.payment))).toEqual(new Set(["cod", "bank-transfer"]))
  })
})
