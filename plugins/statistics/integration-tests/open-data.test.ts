import { parse } from "csv-parse/sync"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import demo from "../../../seed/data/demo.json" with { type: "json" }
import { signNotification } from "../../cho-qr/src/lib/bank-transfer/signature.ts"
import { buyerAddress, CHE, checkout, HAI } from "../../farmer-household/integration-tests/checkout-helpers.ts"
import { registerSeller } from "../../farmer-household/integration-tests/helpers.ts"

const BANK_SECRET = "test_bank_secret"
const DATASETS = ["sellers", "products", "orders", "markets"]
const price = (sku: string) => demo.products.flatMap((p) => p.variants).find((v) => v.sku === sku)!.price
// Vietnam's month (GMT+7), as the figures count it.
const thisMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
const year = () => Number(thisMonth().slice(0, 4))

// Four more households in Hải Phòng: with the demo's, five, enough to publish.
const NEW_HOUSEHOLDS = [
  { name: "Hộ ông Phạm Văn Bình", phone: "0977 100 001" },
  { name: "Hộ bà Vũ Thị Cúc", phone: "0977 100 002" },
  { name: "Hộ ông Đặng Văn Dũng", phone: "0977 100 003" },
  { name: "Hộ bà Bùi Thị Én", phone: "0977 100 004" },
]

let medusa: TestMedusa
let admin: string

beforeAll(async () => {
  medusa = await startTestMedusa({ BANK_WEBHOOK_SECRET: BANK_SECRET })
  admin = await medusa.adminToken()
  for (const h of NEW_HOUSEHOLDS) {
    const { seller } = await registerSeller(medusa, h.phone, { name: h.name, representative_name: h.name.replace(/^Hộ (ông|bà) /, "") })
    const approved = await medusa.api(`/admin/sellers/${seller.id}/status`, { method: "POST", token: admin, json: { action: "approve" } })
    expect(approved.status).toBe(200)
  }
  // Five carts from Hải's farm to Hà Nội, one of them with Tân Cương tea too: six seller orders.
  const buyer = await checkout(medusa)
  for (let i = 0; i < 5; i++) {
    const items = i === 0 ? { "VTTH-1KG": 2, "CTC-200G": 1 } : { "VTTH-1KG": 1 }
    await buyer.placeOrder(items, i === 0 ? { [HAI]: "Giao hàng tiêu chuẩn", [CHE]: "Giao hàng tiêu chuẩn" } : { [HAI]: "Giao hàng tiêu chuẩn" })
  }
  // One QR payment at the demo market's stall A12.
  const body = JSON.stringify({ id: `FT-STATS-${Date.now()}`, bank_bin: "970436", account_number: "0491000123456", amount: 35_000, occurred_at: new Date().toISOString(), description: "mua vai" })
  const paid = await fetch(`${medusa.url}/hooks/bank-notifications`, { method: "POST", headers: { "content-type": "application/json", "x-nongsan-signature": signNotification(body, BANK_SECRET) }, body })
  expect(paid.status).toBe(200)
  // The figures are cached for five minutes from the first read: everything above comes first.
})
afterAll(() => medusa?.stop())

const json = async (id: string) => {
  const res = await medusa.api(`/open-data/v1/${id}.json`)
  expect(res.status).toBe(200)
  return res.body
}
const csv = async (id: string) => {
  const res = await fetch(`${medusa.url}/open-data/v1/${id}.csv`)
  expect(res.status).toBe(200)
  const bytes = new Uint8Array(await res.arrayBuffer())
  // The decoder drops the byte-order mark that tells Excel the file is UTF-8: keep it in sight.
  return { res, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, text: new TextDecoder().decode(bytes) }
}

describe("open data", () => {
  it("counts the seeded marketplace as a hand count does, with cells of 1 to 4 suppressed", async () => {
    const sellers = (await json("sellers")).rows
    // Hải Phòng: Hải's household and the four new ones. Everyone else is alone in their cell.
    expect(sellers).toEqual([
      { province: "Thành phố Hải Phòng", seller_type: "household", sellers: 5 },
      { province: "Tỉnh Bắc Ninh", seller_type: "cooperative", sellers: null },
      { province: "Tỉnh Thái Nguyên", seller_type: "cooperative", sellers: null },
      { province: "Tỉnh Thanh Hóa", seller_type: "household", sellers: null },
      { province: "Tỉnh Tuyên Quang", seller_type: "household", sellers: null },
    ])

    const products = (await json("products")).rows
    const row = (province: string) => products.find((r: { province: string }) => r.province === province)
    // Two lychees in Hải Phòng, its certificate not yet verified; tea and nem chua 4 stars, honey 3.
    expect(row("Thành phố Hải Phòng")).toMatchObject({ products_online: 2, ocop_products_online: 0, ocop_certified: null, ocop_listed_share: null })
    expect(row("Tỉnh Thái Nguyên")).toMatchObject({ products_online: 1, ocop_products_online: 1, ocop_4_stars: 1 })
    expect(row("Tỉnh Tuyên Quang")).toMatchObject({ products_online: 1, ocop_products_online: 1, ocop_3_stars: 1 })
    expect(row("Tỉnh Thanh Hóa")).toMatchObject({ products_online: 1, ocop_products_online: 1, ocop_4_stars: 1, year: year() })
    expect(row("Tỉnh Bắc Ninh")).toMatchObject({ products_online: 1, ocop_products_online: 0 })

    const orders = (await json("orders")).rows.filter((r: { month: string }) => r.month === thisMonth())
    // By origin: Hải Phòng 5, Thái Nguyên 1. Publishing the 5 would give the 1 away (both sides
    // total 6), so both are suppressed. By destination: 6 to Hà Nội.
    const haNoiSales = 6 * price("VTTH-1KG") + price("CTC-200G")
    expect(orders).toEqual([
      { month: thisMonth(), side: "destination", province: "Thành phố Hà Nội", orders: 6, sales_vnd: haNoiSales },
      { month: thisMonth(), side: "origin", province: "Thành phố Hải Phòng", orders: null, sales_vnd: null },
      { month: thisMonth(), side: "origin", province: "Tỉnh Thái Nguyên", orders: null, sales_vnd: null },
    ])

    const market = (await json("markets")).rows.find((r: { month: string }) => r.month === thisMonth())
    // One stall of two took a QR payment: the share is public, one vendor's takings are not.
    expect(market).toMatchObject({ market: "Chợ Thanh Hà", province: "Thành phố Hải Phòng", stalls: 2, stalls_with_qr: 2, stalls_paid: 1, stalls_paid_share: 0.5, payments: null, cashless_vnd: null })
  })

  it("gives the operator the full figures and each seller's line", async () => {
    const res = await medusa.api("/admin/statistics", { token: admin })
    expect(res.status).toBe(200)
    const origin = res.body.orders.filter((r: { side: string; month: string }) => r.side === "origin" && r.month === thisMonth())
    expect(origin).toEqual([
      { month: thisMonth(), side: "origin", province: "Thành phố Hải Phòng", orders: 5, sales_vnd: 6 * price("VTTH-1KG") },
      { month: thisMonth(), side: "origin", province: "Tỉnh Thái Nguyên", orders: 1, sales_vnd: price("CTC-200G") },
    ])
    const hai = res.body.per_seller.find((s: { name: string }) => s.name === HAI)
    expect(hai).toMatchObject({ orders: 5, sales_vnd: 6 * price("VTTH-1KG"), products_online: 2, stall_payments: 1, stall_cashless_vnd: 35_000 })
    expect(res.body.sellers.find((r: { province: string }) => r.province === "Tỉnh Thanh Hóa")).toMatchObject({ sellers: 1 })
    expect((await medusa.api("/admin/statistics")).status).toBe(401)
  })

  it("publishes no personal data in any CSV", async () => {
    const people = [
      ...demo.sellers.flatMap((s) => [s.name, s.representative_name, s.phone, s.phone.replace("+84", "0"), s.story]),
      ...NEW_HOUSEHOLDS.flatMap((h) => [h.name, h.phone.replace(/ /g, "")]),
      ...demo.markets.flatMap((m) => m.stalls.flatMap((s) => [s.account_holder, s.account_number, s.vendor_phone, s.name])),
      buyerAddress.first_name + " " + buyerAddress.last_name,
      buyerAddress.address_1,
      buyerAddress.city,
      buyerAddress.phone,
      "lan@example.com",
      "sel_",
      "order_",
    ]
    for (const id of DATASETS) {
      const { text } = await csv(id)
      const body = (await medusa.api(`/open-data/v1/${id}.json`)).body
      for (const fact of people) {
        expect(text, `${id}.csv`).not.toContain(fact)
        expect(JSON.stringify(body.rows), `${id}.json`).not.toContain(fact)
      }
    }
  })

  it("serves CSV that matches the JSON, with a BOM, its schema and the licence", async () => {
    for (const id of DATASETS) {
      const document = await json(id)
      const { res, bom, text } = await csv(id)
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8")
      expect(res.headers.get("link")).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"')
      expect(bom).toBe(true)
      expect(document).toMatchObject({ dataset: id, version: "v1", licence: { name: "CC BY 4.0" }, suppression: { threshold: 5 } })

      const [header, ...records] = parse(text) as string[][]
      const columns = document.columns as { name: string; suppressible?: boolean }[]
      expect(header).toEqual(columns.map((c) => c.name))
      const expected = document.rows.map((row: Record<string, unknown>) =>
        columns.map((c) => (row[c.name] === null ? (c.suppressible ? "<5" : "") : String(row[c.name]))),
      )
      expect(records).toEqual(expected)

      const schema = await medusa.api(`/open-data/v1/${id}.schema.json`)
      expect(schema.status).toBe(200)
      expect(Object.keys(schema.body.properties.rows.items.properties)).toEqual(columns.map((c) => c.name))
    }
    const catalogue = await medusa.api("/open-data/v1")
    expect(catalogue.body.datasets.map((d: { id: string }) => d.id)).toEqual(DATASETS)
  })

  it("answers an unknown dataset with a bilingual 404", async () => {
    for (const file of ["buyers.json", "sellers.xlsx", "sellers"]) {
      const res = await medusa.api(`/open-data/v1/${file}`)
      expect(res.status).toBe(404)
      expect(res.body.message).toMatch(/^Không có bộ dữ liệu .* \/ No dataset /)
    }
  })

  it("lets the operator enter a province's certified count, and shows the share listed", async () => {
    const set = (json: Record<string, unknown>) => medusa.api("/admin/statistics/certified-counts", { method: "POST", token: admin, json })
    expect((await set({ province: "Thanh Hóa", year: year(), certified_count: 10, source: "Báo cáo 12/BC-UBND" })).status).toBe(200)
    // Entered again: replaced, not added.
    const again = await set({ province: "Tỉnh Thanh Hóa", year: year(), certified_count: 8 })
    expect(again.body.certified_count).toMatchObject({ province: "Tỉnh Thanh Hóa", certified_count: 8, source: null })
    const listed = (await json("products")).rows.find((r: { province: string }) => r.province === "Tỉnh Thanh Hóa")
    expect(listed).toMatchObject({ ocop_products_online: 1, ocop_certified: 8, ocop_listed_share: 0.125 })
    expect((await medusa.api("/admin/statistics/certified-counts", { token: admin })).body.certified_counts).toHaveLength(1)

    const wrongProvince = await set({ province: "Hải Dương", year: year(), certified_count: 3 })
    expect(wrongProvince.status).toBe(400)
    expect(wrongProvince.body.message).toContain("Không có tỉnh, thành phố này")
    expect(wrongProvince.body.message).toContain("No such province")
    expect((await set({ province: "Tỉnh Thanh Hóa", year: year(), certified_count: -1 })).status).toBe(400)
    expect((await set({ province: "Tỉnh Thanh Hóa", year: "năm nay", certified_count: 1 })).status).toBe(400)
  })
})
