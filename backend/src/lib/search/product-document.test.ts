import { describe, expect, it } from "vitest"
import { toProductSearchDocument } from "./product-document"

const NOW = new Date("2026-06-20T03:00:00Z")

const product = (over: Record<string, any> = {}) => ({
  id: "prod_1",
  title: "Vải thiều Lục Ngạn",
  subtitle: null,
  description: "Vải chín cây",
  handle: "vai-thieu-luc-ngan",
  status: "published",
  created_at: "2026-05-01T00:00:00Z",
  tags: [{ value: "vải" }],
  categories: [{ name: "Trái cây", handle: "trai-cay" }],
  variants: [
    { manage_inventory: true, allow_backorder: false, prices: [{ amount: 40000, currency_code: "vnd" }, { amount: 2, currency_code: "usd" }], inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 5, reserved_quantity: 5 }] } }] },
    { manage_inventory: true, allow_backorder: false, prices: [{ amount: 190000, currency_code: "vnd" }], inventory_items: [{ inventory: { location_levels: [{ stocked_quantity: 3, reserved_quantity: 0 }] } }] },
  ],
  seller: { id: "sel_1", handle: "htx-luc-ngan", name: "HTX Nông sản Lục Ngạn", status: "approved", province: "Tỉnh Bắc Ninh", commune: "Xã Phượng Sơn", certifications: [{ kind: "vietgap", expires_at: "2027-01-01" }, { kind: "organic", expires_at: "2026-01-01" }] },
  ocop_certificates: [],
  harvest_plan: { preorder_enabled: true, preorder_cap: 100, windows: [{ label: "Vụ chính", start_day: "06-10", end_day: "07-20" }] },
  ...over,
})

describe("toProductSearchDocument", () => {
  it("indexes VND prices, stock, season, origin and a folded copy of the words", () => {
    const doc = toProductSearchDocument(product(), NOW)!
    expect(doc).toMatchObject({
      price_min: 40000,
      price_max: 190000,
      in_stock: true,
      season: "in_season",
      preorder: false,
      province: "Tỉnh Bắc Ninh",
      category: ["Trái cây"],
      certifications: ["vietgap"],
      ocop_stars: null,
    })
    expect(doc.folded).toContain("vai thieu luc ngan")
    expect(doc.folded).toContain("tinh bac ninh")
  })

  it("leaves out products of a seller who is not approved, and drafts", () => {
    expect(toProductSearchDocument(product({ seller: { ...product().seller, status: "suspended" } }), NOW)).toBeNull()
    expect(toProductSearchDocument(product({ status: "draft" }), NOW)).toBeNull()
    expect(toProductSearchDocument(product({ seller: null }), NOW)).toBeNull()
  })

  it("gives OCOP stars and group only while a certificate is verified and unexpired", () => {
    const cert = (over: Record<string, unknown>) => ({ stars: 5, product_group: "food", status: "verified", expires_on: "2027-01-01", ...over })
    expect(toProductSearchDocument(product({ ocop_certificates: [cert({})] }), NOW)).toMatchObject({ ocop_stars: 5, ocop_group: "food", certifications: ["vietgap", "ocop"] })
    expect(toProductSearchDocument(product({ ocop_certificates: [cert({ expires_on: "2026-06-19" })] }), NOW)).toMatchObject({ ocop_stars: null, ocop_group: null })
    expect(toProductSearchDocument(product({ ocop_certificates: [cert({ status: "revoked" })] }), NOW)).toMatchObject({ ocop_stars: null })
    expect(toProductSearchDocument(product({ ocop_certificates: [cert({ stars: 3 }), cert({ stars: 4 })] }), NOW)).toMatchObject({ ocop_stars: 4 })
  })

  it("says pre-order outside the harvest windows when pre-orders are on", () => {
    const doc = toProductSearchDocument(product(), new Date("2026-03-01T03:00:00Z"))!
    expect(doc).toMatchObject({ season: "preorder", preorder: true })
  })
})
