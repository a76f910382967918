import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { demoSellerToken, registerSeller } from "../../farmer-household/integration-tests/helpers.ts"
import { signNotification } from "../src/lib/bank-transfer/signature.ts"
import { decodeEmvco } from "../src/lib/emvco/index.ts"
import { openStallStream as openStream } from "./stall-stream.ts"

const SECRET = "test_bank_secret"
const BIN = "970436"

const settle = (ms = 1500) => new Promise((r) => setTimeout(r, ms))

describe("market stalls: QR payments into each stall's ledger and live feed", () => {
  let medusa: TestMedusa
  let admin: string
  let vendorA: string
  let vendorB: string
  let stallA: { id: string; account_number: string }
  let stallB: { id: string; account_number: string }
  let marketId: string
  let seq = 0

  beforeAll(async () => {
    medusa = await startTestMedusa({ BANK_WEBHOOK_SECRET: SECRET })
    admin = await medusa.adminToken()
    vendorA = await demoSellerToken(medusa)
    vendorB = (await registerSeller(medusa, "0933 444 555", { name: "Hộ bà Lê Thị Mai" })).token
    const market = await medusa.api("/admin/markets", { method: "POST", token: admin, json: { name: "Chợ Thử", commune: "Xã Thanh Hà", province: "Thành phố Hải Phòng", opening_hours: "05:00–18:00" } })
    expect(market.status).toBe(201)
    marketId = market.body.market.id
    const stall = async (number: string, account: string, phone: string) => {
      const res = await medusa.api(`/admin/markets/${market.body.market.id}/stalls`, {
        method: "POST",
        token: admin,
        json: { number, name: `Quầy ${number}`, goods: "Rau, quả", bank_bin: BIN, bank_name: "Vietcombank", account_number: account, account_holder: "NGUYEN VAN HAI", vendor_phone: phone },
      })
      expect(res.status).toBe(201)
      return res.body.stall
    }
    stallA = await stall("A1", `10${Date.now() % 1e8}`, "0912 345 678")
    // B's vendor is invited by phone before... they already have an account: linked at once too.
    stallB = await stall("B2", `20${Date.now() % 1e8}`, "0933444555")
  })
  afterAll(async () => {
    await medusa?.stop()
  })

  async function notify(fields: Record<string, unknown>) {
    const body = JSON.stringify({ id: `FT-M-${Date.now()}-${seq++}`, bank_bin: BIN, occurred_at: new Date().toISOString(), description: "chuyen tien", ...fields })
    const res = await fetch(`${medusa.url}/hooks/bank-notifications`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-nongsan-signature": signNotification(body, SECRET) },
      body,
    })
    return { status: res.status, body: await res.json() }
  }
  const ledger = async (stallId: string, token: string) => (await medusa.api(`/seller/stalls/${stallId}/ledger`, { token })).body

  it("shows each vendor their own stall with its static VietQR", async () => {
    const mine = (await medusa.api("/seller/stalls", { token: vendorA })).body.stalls
    expect(mine.map((s: { id: string }) => s.id)).toContain(stallA.id)
    expect(mine.map((s: { id: string }) => s.id)).not.toContain(stallB.id)
    const a = mine.find((s: { id: string }) => s.id === stallA.id)
    expect(decodeEmvco(a.qr_payload)).toMatchObject({ initiation: "static", vietqr: { bin: BIN, account: stallA.account_number } })
    const poster = await fetch(`${medusa.url}/seller/stalls/${stallA.id}/poster.svg`, { headers: { authorization: `Bearer ${vendorA}` } })
    expect(poster.headers.get("content-type")).toContain("image/svg+xml")
    const svg = await poster.text()
    expect(svg).toContain("Quầy A1")
    expect(svg).toContain("Ngân hàng: Vietcombank (BIN 970436)")
    for (const [path, token] of [[`/seller/stalls/${stallA.id}/poster.pdf`, vendorA], [`/admin/stalls/${stallA.id}/poster.pdf`, admin]]) {
      const pdf = await fetch(`${medusa.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
      expect(pdf.headers.get("content-type")).toBe("application/pdf")
      const bytes = Buffer.from(await pdf.arrayBuffer())
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-")
      // The font that prints the Vietnamese is inside the file (A5 page, 148 × 210 mm).
      expect(bytes.toString("latin1")).toMatch(/\/FontFile2/)
      expect(bytes.toString("latin1")).toMatch(/DejaVuSans-Bold/)
      expect(bytes.toString("latin1")).toContain("/MediaBox [0 0 419.53 595.28]")
    }
  })

  it("prints the poster of a stall numbered in Vietnamese, with long names and emoji", async () => {
    // Its own market, so the other tests' stall counts stay as they are.
    const market = (await medusa.api("/admin/markets", { method: "POST", token: admin, json: { name: "Chợ đầu mối nông sản Đắk Lắk ".repeat(7).slice(0, 200), commune: "Phường Ấp Bắc", province: "Tỉnh Đắk Lắk" } })).body.market
    const stall = await medusa.api(`/admin/markets/${market.id}/stalls`, {
      method: "POST",
      token: admin,
      json: { number: 'Ấ-12 "Ư"', name: "Quầy 🍒 bà Tư Sầu Riêng ".repeat(9).slice(0, 200), goods: "Sầu riêng 🥭, măng cụt, chôm chôm; ".repeat(6).slice(0, 200), bank_bin: BIN, account_number: `30${Date.now() % 1e8}`, account_holder: "NGUYỄN THỊ TƯ" },
    })
    expect(stall.status).toBe(201)
    const pdf = await fetch(`${medusa.url}/admin/stalls/${stall.body.stall.id}/poster.pdf`, { headers: { authorization: `Bearer ${admin}` } })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get("content-disposition")).toContain("filename*=UTF-8''quay-%E1%BA%A4-12")
    const bytes = Buffer.from(await pdf.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-")
    // One A5 page: long text is not spilled onto more pages.
    expect(bytes.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1)
  })

  it("books a signed credit for stall A once in A's ledger and stream only, even delivered three times at once", async () => {
    const streamA = openStream(medusa, stallA.id, vendorA)
    const streamB = openStream(medusa, stallB.id, vendorB)
    expect(await streamA.ready).toBe(200)
    expect(await streamB.ready).toBe(200)
    const before = await ledger(stallA.id, vendorA)
    const body = { id: `FT-TRIPLE-${Date.now()}`, account_number: stallA.account_number, amount: 45_000, description: "MBVCB.99.mua rau" }
    const results = await Promise.all([notify(body), notify(body), notify(body)])
    expect(results.map((r) => r.status)).toEqual([200, 200, 200])
    expect(results.filter((r) => !r.body.duplicate)).toHaveLength(1)
    expect(results.every((r) => r.body.status === "matched" && r.body.stall_id === stallA.id)).toBe(true)
    await settle()
    const after = await ledger(stallA.id, vendorA)
    expect(after.entries).toHaveLength(before.entries.length + 1)
    expect(after.total).toBe(before.total + 45_000)
    expect(after.last_seq).toBe(after.entries.at(-1).seq)
    expect((await medusa.api(`/seller/stalls/${stallA.id}/ledger?day=2020-01-01`, { token: vendorA })).body).toMatchObject({ entries: [], total: 0, last_seq: after.last_seq })
    expect(streamA.events.map((e) => e.data.amount)).toEqual([45_000])
    expect(streamB.events).toEqual([])
    expect((await ledger(stallB.id, vendorB)).entries).toEqual([])
    streamA.close()
    streamB.close()
  })

  it("resumes a dropped stream from Last-Event-ID without losing or repeating a payment", async () => {
    const first = await notify({ account_number: stallA.account_number, amount: 10_000 })
    expect(first.body.stall_id).toBe(stallA.id)
    const { entries } = await ledger(stallA.id, vendorA)
    const last = entries[entries.length - 1]
    const missedBefore = entries[entries.length - 2]
    const resumed = openStream(medusa, stallA.id, vendorA, { "last-event-id": String(missedBefore.seq) })
    expect(await resumed.ready).toBe(200)
    await notify({ account_number: stallA.account_number, amount: 20_000 })
    await settle()
    expect(resumed.events.map((e) => e.data.amount)).toEqual([last.amount, 20_000])
    resumed.close()
  })

  it("matches a dynamic sale's memo to the sale", async () => {
    const sale = await medusa.api(`/seller/stalls/${stallA.id}/sales`, { method: "POST", token: vendorA, json: { amount: 79_000, note: "Vải thiều 2kg" } })
    expect(sale.status).toBe(201)
    expect(decodeEmvco(sale.body.sale.qr_payload)).toMatchObject({ initiation: "dynamic", vietqr: { amountVnd: 79_000, purpose: `${sale.body.sale.code} Vai thieu 2kg` } })
    expect((await medusa.api(`/seller/stalls/${stallA.id}/sales`, { method: "POST", token: vendorA, json: { amount: 12.5 } })).status).toBe(400)
    await notify({ account_number: stallA.account_number, amount: 79_000, description: `IBFT ${sale.body.sale.code.toLowerCase()} vai thieu` })
    const { entries } = await ledger(stallA.id, vendorA)
    expect(entries[entries.length - 1]).toMatchObject({ amount: 79_000, sale_code: sale.body.sale.code })
  })

  it("answers 404 to vendor B for stall A's ledger, stream, codes and close", async () => {
    for (const path of ["", "/ledger", "/ledger.csv", "/qr.svg", "/qr.png", "/poster.svg", "/events"]) {
      expect((await medusa.api(`/seller/stalls/${stallA.id}${path}`, { token: vendorB })).status, path).toBe(404)
    }
    expect((await medusa.api(`/seller/stalls/${stallA.id}/close`, { method: "POST", token: vendorB, json: {} })).status).toBe(404)
    expect((await medusa.api(`/seller/stalls/${stallA.id}/sales`, { method: "POST", token: vendorB, json: { amount: 5000 } })).status).toBe(404)
  })

  it("keeps a credit to an account of no stall in the operator's queue", async () => {
    const stray = await notify({ account_number: "55501234", amount: 33_000, description: "chuyen nham tai khoan" })
    expect(stray.body).toMatchObject({ status: "unmatched", stall_id: null })
    const queue = (await medusa.api("/admin/bank-notifications?status=unmatched", { token: admin })).body
    expect(queue.bank_notifications.map((n: { description: string }) => n.description)).toContain("chuyen nham tai khoan")
  })

  it("lets the operator refund with a reason, and the vendor close the day and export it", async () => {
    const before = await ledger(stallA.id, vendorA)
    const refund = await medusa.api(`/admin/stalls/${stallA.id}/ledger`, { method: "POST", token: admin, json: { kind: "refund", amount: 10_000, reason: "Khách chuyển nhầm" } })
    expect(refund.status).toBe(201)
    expect(refund.body.entry).toMatchObject({ kind: "refund", amount: -10_000 })
    expect((await medusa.api(`/admin/stalls/${stallA.id}/ledger`, { method: "POST", token: admin, json: { kind: "refund", amount: 1 } })).status).toBe(400)
    const close = await medusa.api(`/seller/stalls/${stallA.id}/close`, { method: "POST", token: vendorA, json: {} })
    expect(close.status).toBe(201)
    expect(close.body.close.total).toBe(before.total - 10_000)
    expect((await medusa.api(`/seller/stalls/${stallA.id}/close`, { method: "POST", token: vendorA, json: {} })).status).toBe(400)
    const csv = await fetch(`${medusa.url}/seller/stalls/${stallA.id}/ledger.csv`, { headers: { authorization: `Bearer ${vendorA}` } })
    const text = await csv.text()
    expect(text).toContain("Khách chuyển nhầm")
    expect(text).toContain("-10000")
    const marketCsv = await (await fetch(`${medusa.url}/admin/markets/${marketId}/ledger.csv`, { headers: { authorization: `Bearer ${admin}` } })).text()
    expect(marketCsv.split("\r\n")[0]).toContain("Quầy / Stall")
    expect(marketCsv).toContain("A1 · Quầy A1")
    expect(marketCsv).toContain("Khách chuyển nhầm")
  })

  it("keeps an invitation for a phone without an account until that phone registers", async () => {
    const stall = stallB
    const invite = await medusa.api(`/admin/stalls/${stall.id}/vendor`, { method: "POST", token: admin, json: { phone: "0977 111 222" } })
    expect(invite.body.vendor).toEqual({ stall_id: stall.id, seller_id: null, invited_phone: "+84977111222" })
    expect((await medusa.api("/seller/stalls", { token: vendorB })).body.stalls).toEqual([])
    expect((await medusa.api(`/admin/stalls/${stall.id}/vendor`, { method: "POST", token: admin, json: { phone: "12345" } })).status).toBe(400)
    const newcomer = await registerSeller(medusa, "0977111222", { name: "Hộ bà Đỗ Thị Hồng" })
    const claimed = (await medusa.api("/seller/stalls", { token: newcomer.token })).body.stalls
    expect(claimed.map((s: { id: string }) => s.id)).toEqual([stall.id])
    // Back to B for the report below.
    await medusa.api(`/admin/stalls/${stall.id}/vendor`, { method: "POST", token: admin, json: { phone: "0933444555" } })
    expect((await medusa.api("/seller/stalls", { token: newcomer.token })).body.stalls).toEqual([])
    expect((await medusa.api("/seller/stalls", { token: vendorB })).body.stalls.map((s: { id: string }) => s.id)).toEqual([stall.id])
  })

  it("lets the operator change a stall, never onto another stall's account", async () => {
    const changed = await medusa.api(`/admin/stalls/${stallB.id}`, { method: "POST", token: admin, json: { goods: "Hoa quả" } })
    expect(changed.body.stall).toMatchObject({ id: stallB.id, goods: "Hoa quả" })
    const shown = (await medusa.api(`/admin/stalls/${stallB.id}`, { token: admin })).body.stall
    expect(shown).toMatchObject({ goods: "Hoa quả", market: { name: "Chợ Thử" }, seller: { name: "Hộ bà Lê Thị Mai" } })
    const clash = await medusa.api(`/admin/stalls/${stallB.id}`, { method: "POST", token: admin, json: { account_number: stallA.account_number } })
    expect(clash.status).toBe(422)
    expect(clash.body.message).toContain("quầy khác")
    expect((await medusa.api(`/admin/stalls/${stallB.id}`, { method: "POST", token: admin, json: { bank_bin: "12" } })).status).toBe(400)
    const tooLong = await medusa.api(`/admin/stalls/${stallB.id}`, { method: "POST", token: admin, json: { goods: "x".repeat(201) } })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.message).toMatch(/^goods: .+ \/ .+/)
    expect((await medusa.api("/admin/stalls/stall_nope", { method: "POST", token: admin, json: { goods: "x" } })).status).toBe(404)
  })

  it("gives the operator the day's figures per market and province", async () => {
    const report = (await medusa.api("/admin/market-report", { token: admin })).body
    const market = report.markets.find((m: { name: string }) => m.name === "Chợ Thử")
    expect(market).toMatchObject({ stalls: 2, stalls_with_qr: 2, stalls_with_vendor: 2, stalls_paid: 1, count: 4, volume: 45_000 + 10_000 + 20_000 + 79_000 })
    expect(market.days).toEqual([{ day: report.to, volume: market.volume, count: 4 }])
    expect(report.provinces.find((p: { province: string }) => p.province === "Thành phố Hải Phòng").days[0].count).toBeGreaterThanOrEqual(4)
    expect((await medusa.api("/admin/market-report?from=2026-02-01&to=2026-01-01", { token: admin })).status).toBe(400)
    expect((await medusa.api("/admin/market-report?from=hom-nay", { token: admin })).status).toBe(400)
  })

  it("lets the operator rename a market, and delete one only while it has no stall", async () => {
    const renamed = await medusa.api(`/admin/markets/${marketId}`, { method: "POST", token: admin, json: { name: "Chợ Thử Mới", opening_hours: "04:30–19:00" } })
    expect(renamed.body.market).toMatchObject({ id: marketId, name: "Chợ Thử Mới", opening_hours: "04:30–19:00", province: "Thành phố Hải Phòng", vnpay_configured: false })
    expect((await medusa.api(`/admin/markets/${marketId}`, { method: "POST", token: admin, json: { name: "" } })).status).toBe(400)
    const refused = await medusa.api(`/admin/markets/${marketId}`, { method: "DELETE", token: admin })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toContain("còn quầy")
    const empty = (await medusa.api("/admin/markets", { method: "POST", token: admin, json: { name: "Chợ Nhầm", commune: "Xã A", province: "Tỉnh B" } })).body.market
    expect((await medusa.api(`/admin/markets/${empty.id}`, { method: "DELETE", token: admin })).body).toEqual({ id: empty.id, object: "market", deleted: true })
    expect((await medusa.api(`/admin/markets/${empty.id}`, { token: admin })).status).toBe(404)
  })

  it("archives a stall without losing its books: the vendor lets go, credits go to the queue, the account is free again", async () => {
    const before = (await medusa.api(`/admin/stalls/${stallA.id}/ledger`, { token: admin })).body
    const archived = await medusa.api(`/admin/stalls/${stallA.id}`, { method: "DELETE", token: admin })
    expect(archived.status).toBe(200)
    expect(archived.body.stall.archived_at).toBeTruthy()
    expect((await medusa.api(`/admin/stalls/${stallA.id}`, { method: "DELETE", token: admin })).status).toBe(400)
    // The books stay: the operator's ledger, the market's CSV and the report's volume.
    expect((await medusa.api(`/admin/stalls/${stallA.id}/ledger`, { token: admin })).body.entries).toEqual(before.entries)
    const csv = await (await fetch(`${medusa.url}/admin/markets/${marketId}/ledger.csv`, { headers: { authorization: `Bearer ${admin}` } })).text()
    expect(csv).toContain("A1 · Quầy A1")
    const market = (await medusa.api("/admin/market-report", { token: admin })).body.markets.find((m: { market_id: string }) => m.market_id === marketId)
    expect(market).toMatchObject({ stalls: 1, stalls_paid: 1, volume: 45_000 + 10_000 + 20_000 + 79_000 })
    // The vendor no longer has it; no vendor can be invited to it.
    expect((await medusa.api("/seller/stalls", { token: vendorA })).body.stalls.map((s: { id: string }) => s.id)).not.toContain(stallA.id)
    expect((await medusa.api(`/seller/stalls/${stallA.id}/ledger`, { token: vendorA })).status).toBe(404)
    expect((await medusa.api(`/admin/stalls/${stallA.id}/vendor`, { method: "POST", token: admin, json: { phone: "0912345678" } })).status).toBe(400)
    // A credit to its account is an operator's matter now, and the account can go to a new stall.
    expect((await notify({ account_number: stallA.account_number, amount: 5_000 })).body).toMatchObject({ status: "unmatched", stall_id: null })
    const successor = await medusa.api(`/admin/markets/${marketId}/stalls`, {
      method: "POST",
      token: admin,
      json: { number: "A1b", name: "Quầy A1 mới", bank_bin: BIN, account_number: stallA.account_number, account_holder: "NGUYEN VAN HAI" },
    })
    expect(successor.status).toBe(201)
    expect((await medusa.api("/admin/stalls/stall_nope", { method: "DELETE", token: admin })).status).toBe(404)
  })
})
