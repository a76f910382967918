import { parse } from "csv-parse/sync"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import demo from "../../../seed/data/demo.json" with { type: "json" }
import { demoData } from "../../../infra/src/testing/demo-catalogue.ts"
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

type OrdersCell = { month: string; side: string; province: string; orders: number | null; sellers?: number; sales_vnd: number | null }

/** The figures counted by hand from the seed's own data plus what this test adds. */
const handCount = (() => {
  const sellers = new Map<string, number>()
  const add = <K,>(map: Map<K, number>, key: K, n = 1) => map.set(key, (map.get(key) ?? 0) + n)
  for (const s of demoData.sellers) add(sellers, `${s.province}|${s.type}`)
  add(sellers, "Thành phố Hải Phòng|household", NEW_HOUSEHOLDS.length)

  const provinceOf = new Map(demoData.sellers.map((s) => [s.handle, s.province]))
  const stars = new Map<string, number>()
  for (const c of demoData.ocopCertificates.verified) for (const h of c.products) stars.set(h, Math.max(stars.get(h) ?? 0, c.stars))
  const products = new Map<string, Record<string, number>>()
  for (const p of demoData.products) {
    const row = products.get(provinceOf.get(p.seller)!) ?? { products_online: 0, ocop_products_online: 0, ocop_3_stars: 0, ocop_4_stars: 0, ocop_5_stars: 0 }
    row.products_online++
    const s = stars.get(p.handle)
    if (s) (row.ocop_products_online++, row[`ocop_${s}_stars`]++)
    products.set(provinceOf.get(p.seller)!, row)
  }

  // Seller orders that are not cancelled, valued at their goods; the test's six to Hà Nội added.
  const variant = new Map(demoData.products.flatMap((p) => p.variants.map((v) => [v.sku, { seller: p.seller, price: v.price }])))
  const orders = new Map<string, { orders: number; sales_vnd: number }>()
  const count = (key: string, n: number, vnd: number) => {
    const total = orders.get(key) ?? { orders: 0, sales_vnd: 0 }
    orders.set(key, { orders: total.orders + n, sales_vnd: total.sales_vnd + vnd })
  }
  for (const buyer of demoData.buyers) {
    for (const order of buyer.orders) {
      for (const [seller, stage] of Object.entries(order.stages)) {
        if (stage === "cancelled") continue
        const vnd = Object.entries(order.items).filter(([sku]) => variant.get(sku)!.seller === seller).reduce((sum, [sku, qty]) => sum + qty * variant.get(sku)!.price, 0)
        count(`origin|${provinceOf.get(seller)}`, 1, vnd)
        count(`destination|${buyer.address.province}`, 1, vnd)
      }
    }
  }
  count("origin|Thành phố Hải Phòng", 5, 6 * price("VTTH-1KG"))
  count("origin|Tỉnh Thái Nguyên", 1, price("CTC-200G"))
  count("destination|Thành phố Hà Nội", 6, 6 * price("VTTH-1KG") + price("CTC-200G"))
  return { sellers, products, orders }
})()

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
  // An operator's draft order (a quote in Medusa Admin) to Lâm Đồng: not a sale.
  const region = (await medusa.api("/admin/regions", { token: admin })).body.regions[0]
  const draft = await medusa.api("/admin/draft-orders", {
    method: "POST",
    token: admin,
    json: { region_id: region.id, email: "bao-gia@example.com", shipping_address: { ...buyerAddress, province: "Tỉnh Lâm Đồng" }, items: [{ title: "Gạo ST25", quantity: 10, unit_price: 40_000 }] },
  })
  expect(draft.status).toBe(200)
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
    // Every seeded seller is approved; the four new households join Hải Phòng's.
    expect(sellers).toEqual(
      [...handCount.sellers]
        .map(([key, count]) => {
          const [province, seller_type] = key.split("|")
          return { province, seller_type, sellers: count >= 5 ? count : null }
        })
        .sort((a, b) => a.province.localeCompare(b.province, "vi") || a.seller_type.localeCompare(b.seller_type, "vi"))
    )

    const products = (await json("products")).rows
    for (const [province, expected] of handCount.products) {
      expect(products.find((r: { province: string }) => r.province === province), province).toMatchObject(expected)
    }
    expect(products.map((r: { province: string }) => r.province).sort()).toEqual([...handCount.products.keys()].sort())

    // Each published order cell is the operator's figure; each cell of fewer than 5 orders (or, by
    // origin, of fewer than 5 farms) is suppressed.
    const full = (await medusa.api("/admin/statistics", { token: admin })).body.orders as OrdersCell[]
    const published = (await json("orders")).rows as OrdersCell[]
    expect(published).toHaveLength(full.length)
    for (const cell of published) {
      const truth = full.find((f) => f.month === cell.month && f.side === cell.side && f.province === cell.province)!
      if (truth.orders! < 5 || (cell.side === "origin" && truth.sellers! < 5)) expect(cell, JSON.stringify(truth)).toMatchObject({ orders: null, sales_vnd: null })
      if (cell.orders !== null) expect(cell).toMatchObject({ orders: truth.orders, sales_vnd: truth.sales_vnd })
    }
    // Hải's five orders this month all come from one farm: hidden by origin.
    const haiPhong = published.find((r) => r.month === thisMonth() && r.side === "origin" && r.province === "Thành phố Hải Phòng")
    expect(haiPhong).toMatchObject({ orders: null, sales_vnd: null })

    const market = (await json("markets")).rows.find((r: { month: string; market: string }) => r.month === thisMonth() && r.market === "Chợ Thanh Hà")
    // One stall of two took a QR payment: the share is public, one vendor's takings are not.
    expect(market).toMatchObject({ market: "Chợ Thanh Hà", province: "Thành phố Hải Phòng", stalls: 2, stalls_with_qr: 2, stalls_paid: 1, stalls_paid_share: 0.5, payments: null, cashless_vnd: null })
  })

  it("gives the operator the full figures and each seller's line", async () => {
    const res = await medusa.api("/admin/statistics", { token: admin })
    expect(res.status).toBe(200)
    // Over all months (the demo's orders were placed when the test template was seeded).
    const totals = new Map<string, { orders: number; sales_vnd: number }>()
    for (const cell of res.body.orders as OrdersCell[]) {
      const key = `${cell.side}|${cell.province}`
      const total = totals.get(key) ?? { orders: 0, sales_vnd: 0 }
      totals.set(key, { orders: total.orders + cell.orders!, sales_vnd: total.sales_vnd + cell.sales_vnd! })
    }
    expect(Object.fromEntries(totals)).toEqual(Object.fromEntries(handCount.orders))
    const hai = res.body.per_seller.find((s: { name: string }) => s.name === HAI)
    expect(hai).toMatchObject({ orders: 5, sales_vnd: 6 * price("VTTH-1KG"), products_online: 2, stall_payments: 1, stall_cashless_vnd: 35_000 })
    const thanhHoa = res.body.sellers.find((r: { province: string; seller_type: string }) => r.province === "Tỉnh Thanh Hóa" && r.seller_type === "household")
    expect(thanhHoa).toMatchObject({ sellers: handCount.sellers.get("Tỉnh Thanh Hóa|household") })
    expect((await medusa.api("/admin/statistics")).status).toBe(401)
  })

  it("publishes no personal data in any CSV", async () => {
    const people = [
      ...demoData.sellers.flatMap((s) => [s.name, s.representative_name, s.phone, s.phone.replace("+84", "0"), s.story]),
      ...demoData.buyers.flatMap((b) => [b.email, `${b.last_name} ${b.first_name}`, b.phone, b.address.address_1]),
      ...NEW_HOUSEHOLDS.flatMap((h) => [h.name, h.phone.replace(/ /g, "")]),
      ...demoData.markets.flatMap((m) => m.stalls.flatMap((s) => [s.account_holder, s.account_number, s.vendor_phone, s.name])),
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
      for (const fact of people.filter((f): f is string => Boolean(f))) {
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
    for (const file of ["buyers.json", "sellers.xlsx", "sellers", "sellers.json.csv", "..%2Fsellers.json", "SELLERS.JSON"]) {
      const res = await medusa.api(`/open-data/v1/${file}`)
      expect(res.status).toBe(404)
      expect(res.body.message).toMatch(/^Không có bộ dữ liệu .* \/ No dataset /)
    }
    // Query strings a link may carry change nothing.
    expect((await medusa.api("/open-data/v1/sellers.json?format=csv&a[b]=1")).status).toBe(200)
    // A broken percent-escape is the client's mistake.
    const broken = await fetch(`${medusa.url}/open-data/v1/%E0%A4%A.json`)
    expect(broken.status).toBe(400)
    expect((await broken.json()).message).toMatch(/^Đường dẫn .* \/ The URL /)
  })

  it("lets the operator enter a province's certified count, and shows the share listed", async () => {
    const set = (json: Record<string, unknown>) => medusa.api("/admin/statistics/certified-counts", { method: "POST", token: admin, json })
    expect((await set({ province: "Thanh Hóa", year: year(), certified_count: 10, source: "Báo cáo 12/BC-UBND" })).status).toBe(200)
    // Entered again: replaced, not added.
    const again = await set({ province: "Tỉnh Thanh Hóa", year: year(), certified_count: 8 })
    expect(again.body.certified_count).toMatchObject({ province: "Tỉnh Thanh Hóa", certified_count: 8, source: null })
    const listed = (await json("products")).rows.find((r: { province: string }) => r.province === "Tỉnh Thanh Hóa")
    const thanhHoaOcop = handCount.products.get("Tỉnh Thanh Hóa")!.ocop_products_online
    expect(listed).toMatchObject({ ocop_products_online: thanhHoaOcop, ocop_certified: 8, ocop_listed_share: thanhHoaOcop / 8 })
    expect((await medusa.api("/admin/statistics/certified-counts", { token: admin })).body.certified_counts).toHaveLength(1)

    const wrongProvince = await set({ province: "Hải Dương", year: year(), certified_count: 3 })
    expect(wrongProvince.status).toBe(400)
    expect(wrongProvince.body.message).toContain("Không có tỉnh, thành phố này")
    expect(wrongProvince.body.message).toContain("No such province")
    expect((await set({ province: "Tỉnh Thanh Hóa", year: year(), certified_count: -1 })).status).toBe(400)
    expect((await set({ province: "Tỉnh Thanh Hóa", year: "năm nay", certified_count: 1 })).status).toBe(400)
  })
})
