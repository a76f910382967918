import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { openStallStream } from "../../cho-qr/integration-tests/stall-stream.ts"
import { decodeEmvco } from "../../cho-qr/src/lib/emvco/index.ts"
import { demoSellerToken, registerSeller } from "../../farmer-household/integration-tests/helpers.ts"
import { signParams, type VnpParams } from "../src/lib/vnpay/index.ts"

const TMN = "CHOTHU01"
const MARKET_SECRET = "market_vnpay_secret_42"

const settle = (ms = 1500) => new Promise((r) => setTimeout(r, ms))

describe("VNPAY-QR at a market stall: VNPay's IPN books the sale once, live to that stall only", () => {
  let medusa: TestMedusa
  let admin: string
  let vendorA: string
  let vendorB: string
  let marketId: string
  let stallA: string
  let stallB: string
  let txn = 0

  beforeAll(async () => {
    medusa = await startTestMedusa()
    admin = await medusa.adminToken()
    vendorA = await demoSellerToken(medusa)
    vendorB = (await registerSeller(medusa, "0944 555 666", { name: "Hộ ông Trần Văn Bình" })).token
    const market = await medusa.api("/admin/markets", { method: "POST", token: admin, json: { name: "Chợ Nhãn", commune: "Xã Thanh Hà", province: "Thành phố Hải Phòng" } })
    marketId = market.body.market.id
    const stall = async (number: string, phone: string) => {
      const res = await medusa.api(`/admin/markets/${marketId}/stalls`, {
        method: "POST",
        token: admin,
        json: { number, name: `Quầy ${number}`, bank_bin: "970405", account_number: `77${number}${Date.now() % 1e7}`, account_holder: "TRAN VAN BINH", vendor_phone: phone },
      })
      expect(res.status).toBe(201)
      return res.body.stall.id as string
    }
    stallA = await stall("N1", "0912345678")
    stallB = await stall("N2", "0944555666")
  })
  afterAll(async () => {
    await medusa?.stop()
  })

  // VNPay dates the payment in GMT+7; the ledger books it on that day, and lists today by default.
  const vietnamNow = new Date(Date.now() + 7 * 3600_000).toISOString()
  const businessDay = vietnamNow.slice(0, 10)
  const payDate = vietnamNow.slice(0, 19).replace(/\D/g, "")

  /** The IPN VNPay would send for a VNPAY-QR payment, signed with the given secret. */
  function ipn(overrides: VnpParams, secret = MARKET_SECRET) {
    const params: VnpParams = {
      vnp_Amount: "6500000",
      vnp_BankCode: "VNPAYQR",
      vnp_OrderInfo: "Thanh toan QR",
      vnp_PayDate: payDate,
      vnp_ResponseCode: "00",
      vnp_TmnCode: TMN,
      vnp_TransactionNo: String(14_500_000 + txn++),
      vnp_TransactionStatus: "00",
      ...overrides,
    }
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined) as [string, string][])
    query.set("vnp_SecureHash", signParams(params, secret))
    return query.toString()
  }
  const deliver = async (query: string) => (await fetch(`${medusa.url}/hooks/vnpay/market-ipn?${query}`)).json() as Promise<{ RspCode: string }>
  const sell = (token: string, stallId: string, json: Record<string, unknown>) => medusa.api(`/seller/stalls/${stallId}/sales`, { method: "POST", token, json })

  it("refuses VNPAY-QR until the market has a VNPay merchant, whose secret is never shown", async () => {
    const refused = await sell(vendorA, stallA, { amount: 65_000, method: "vnpay_qr" })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toContain("VNPAY-QR")
    expect((await medusa.api(`/seller/stalls/${stallA}`, { token: vendorA })).body.stall.vnpay_qr).toBe(false)

    const bad = await medusa.api(`/admin/markets/${marketId}`, { method: "POST", token: admin, json: { vnpay: { tmn_code: "CHỢ 1", hash_secret: "x" } } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/vnpay\.tmn_code: .+ \/ .+/)
    const configured = await medusa.api(`/admin/markets/${marketId}`, { method: "POST", token: admin, json: { vnpay: { tmn_code: TMN, hash_secret: MARKET_SECRET } } })
    expect(configured.status).toBe(200)
    expect(configured.body.market).toMatchObject({ vnpay_tmn_code: TMN, vnpay_configured: true })
    const shown = JSON.stringify([configured.body, (await medusa.api(`/admin/markets/${marketId}`, { token: admin })).body, (await medusa.api("/admin/markets", { token: admin })).body])
    expect(shown).not.toContain(MARKET_SECRET)
    expect(shown).not.toContain("sealed")
    expect((await medusa.api(`/seller/stalls/${stallA}`, { token: vendorA })).body.stall.vnpay_qr).toBe(true)
  })

  it("books three concurrent deliveries of one paid IPN once, on stall A's ledger and stream only", async () => {
    const sale = await sell(vendorA, stallA, { amount: 65_000, note: "Nhãn lồng 1 kg", method: "vnpay_qr" })
    expect(sale.status).toBe(201)
    const { code, qr_payload } = sale.body.sale
    expect(decodeEmvco(qr_payload)).toMatchObject({
      initiation: "dynamic",
      amount: "65000",
      merchantCity: "Hai Phong",
      vnpayQr: { merchantId: TMN },
      additionalData: { billNumber: code, terminalLabel: "N1", purpose: "Nhan long 1 kg" },
    })

    const streamA = openStallStream(medusa, stallA, vendorA)
    const streamB = openStallStream(medusa, stallB, vendorB)
    expect([await streamA.ready, await streamB.ready]).toEqual([200, 200])
    const query = ipn({ vnp_TxnRef: code })
    const answers = await Promise.all([deliver(query), deliver(query), deliver(query)])
    expect(answers.map((a) => a.RspCode).sort()).toEqual(["00", "02", "02"])
    await settle()

    const { entries } = (await medusa.api(`/seller/stalls/${stallA}/ledger`, { token: vendorA })).body
    expect(entries.filter((e: { sale_code: string }) => e.sale_code === code)).toEqual([
      expect.objectContaining({ kind: "payment", amount: 65_000, business_day: businessDay, description: expect.stringContaining("VNPAY-QR") }),
    ])
    expect(streamA.events.map((e) => [e.data.amount, e.data.sale_code])).toEqual([[65_000, code]])
    expect(streamB.events).toEqual([])
    expect((await medusa.api(`/seller/stalls/${stallB}/ledger`, { token: vendorB })).body.entries).toEqual([])
    expect(await deliver(query)).toMatchObject({ RspCode: "02" })
    streamA.close()
    streamB.close()
  })

  it("answers 97 to a wrong checksum or an unknown terminal, 04 to another amount, and books nothing", async () => {
    const { code } = (await sell(vendorA, stallA, { amount: 30_000, method: "vnpay_qr" })).body.sale
    expect(await deliver(ipn({ vnp_TxnRef: code }, "not_the_secret"))).toEqual({ RspCode: "97", Message: "Invalid Checksum" })
    expect(await deliver(ipn({ vnp_TxnRef: code, vnp_TmnCode: "KHAC0001" }))).toMatchObject({ RspCode: "97" })
    // The shop's own checkout secret does not verify a market's IPN either.
    expect(await deliver(ipn({ vnp_TxnRef: code }, "test_secret"))).toMatchObject({ RspCode: "97" })
    expect(await deliver(ipn({ vnp_TxnRef: code, vnp_Amount: "3000100" }))).toMatchObject({ RspCode: "04" })
    // A VietQR sale's code is not a VNPAY-QR sale.
    const vietqr = (await sell(vendorA, stallA, { amount: 30_000 })).body.sale
    expect(await deliver(ipn({ vnp_TxnRef: vietqr.code, vnp_Amount: "3000000" }))).toMatchObject({ RspCode: "01" })
    // A failed payment is acknowledged and books nothing; the buyer may scan again and pay.
    expect(await deliver(ipn({ vnp_TxnRef: code, vnp_Amount: "3000000", vnp_ResponseCode: "24", vnp_TransactionStatus: "02" }))).toMatchObject({ RspCode: "00" })
    const { entries } = (await medusa.api(`/seller/stalls/${stallA}/ledger`, { token: vendorA })).body
    expect(entries.filter((e: { sale_code: string }) => e.sale_code === code || e.sale_code === vietqr.code)).toEqual([])
    expect(await deliver(ipn({ vnp_TxnRef: code, vnp_Amount: "3000000" }))).toMatchObject({ RspCode: "00" })
  })

  it("answers malformed deliveries with HTTP 200 and VNPay's codes, never a 5xx", async () => {
    const signed = ipn({ vnp_TxnRef: "NSQMALFORMED" })
    for (const query of ["", "vnp_TmnCode[]=A&vnp_TmnCode[]=B", `vnp_TmnCode[x]=${TMN}&vnp_SecureHash=zz`, "vnp_TxnRef=%E0%A4%A&vnp_Amount=%ZZ", `vnp_TmnCode=${TMN}&vnp_Amount=${"9".repeat(4000)}`, `${signed}&vnp_Amount=1`, `${signed}&vnp_TxnRef=x`]) {
      const res = await fetch(`${medusa.url}/hooks/vnpay/market-ipn?${query}`)
      expect(res.status, query.slice(0, 80)).toBe(200)
      expect(["97", "99"], query.slice(0, 80)).toContain((await res.json()).RspCode)
    }
  })

  it("puts a signed payment for no sale in the operator's queue, once however often VNPay retries", async () => {
    const query = ipn({ vnp_TxnRef: "NSQZZZZZZZZ", vnp_Amount: "4200000", vnp_TransactionNo: "99887766" })
    expect(await deliver(query)).toMatchObject({ RspCode: "01" })
    expect(await deliver(query)).toMatchObject({ RspCode: "01" })
    const queue = (await medusa.api("/admin/bank-notifications?status=unmatched", { token: admin })).body.bank_notifications
    const mine = queue.filter((n: { external_id: string }) => n.external_id === `VNPAY-${TMN}-99887766`)
    expect(mine).toEqual([expect.objectContaining({ amount: 42_000, account_number: `VNPAY ${TMN}`, reason: expect.stringContaining("NSQZZZZZZZZ") })])
  })

  it("books no payment on a stall archived after its sale: the operator's queue has it, once", async () => {
    const { code } = (await sell(vendorB, stallB, { amount: 52_000, method: "vnpay_qr" })).body.sale
    expect((await medusa.api(`/admin/stalls/${stallB}`, { method: "DELETE", token: admin })).status).toBe(200)
    const query = ipn({ vnp_TxnRef: code, vnp_Amount: "5200000", vnp_TransactionNo: "55443322" })
    expect(await deliver(query)).toMatchObject({ RspCode: "01" })
    expect(await deliver(query)).toMatchObject({ RspCode: "01" })
    await settle(500)
    const { entries } = (await medusa.api(`/admin/stalls/${stallB}/ledger?day=${businessDay}`, { token: admin })).body
    expect(entries.filter((e: { sale_code: string }) => e.sale_code === code)).toEqual([])
    const queue = (await medusa.api("/admin/bank-notifications?status=unmatched", { token: admin })).body.bank_notifications
    expect(queue.filter((n: { external_id: string }) => n.external_id === `VNPAY-${TMN}-55443322`)).toEqual([
      expect.objectContaining({ amount: 52_000, reason: expect.stringContaining("Quầy N2 đã gỡ") }),
    ])
  })
})
