import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { withClient } from "../../../infra/src/database.ts"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { HAI } from "../../farmer-household/integration-tests/checkout-helpers.ts"
import { demoSellerToken, registerSeller } from "../../farmer-household/integration-tests/helpers.ts"
import { BANK_SECRET, notifyBank } from "../../cho-qr/integration-tests/bank-helpers.ts"
import { payOnSimulator, SECRET, VNPAY, vnpayBuyer } from "../../payment-vnpay/integration-tests/vnpay-helpers.ts"

type Entry = { kind: string; tax: string | null; amount: number; source_key: string }
const sum = (rows: { amount: number }[]) => rows.reduce((n, r) => n + r.amount, 0)
/** Half up, as the plugin rounds (src/lib/money.ts); amounts here are positive. */
const share = (x: number, part: number, whole: number) => Math.round((x * part) / whole)

let medusa: TestMedusa
let admin: string
let hai: string
let haiId: string
let buyer: Awaited<ReturnType<typeof vnpayBuyer>>
const orders: Record<string, { id: string; total: number }> = {}

/** Subscribers run after the request that raised their event has answered: wait for them. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 60; i++) {
    const value = await read()
    if (done(value)) return value
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`timed out waiting for ${what}`)
}
const ledger = async (orderId: string) =>
  (await medusa.api(`/admin/seller-ledger?seller_id=${haiId}&order_id=${orderId}`, { token: admin })).body.entries as Entry[]
const ledgerWith = (orderId: string, keys: string[]) =>
  eventually(() => ledger(orderId), (e) => keys.every((k) => e.some((x) => x.source_key.startsWith(k))), `${keys} of ${orderId}`)
const earnings = async (orderId: string, token = hai) => medusa.api(`/seller/earnings/orders/${orderId}`, { token })

async function walk(orderId: string, actions = ["accept", "pack", "ship", "deliver"]) {
  for (const action of actions) {
    const json = action === "ship" ? { carrier: "Viettel Post", tracking_number: `VTP-${orderId.slice(-6)}` } : {}
    const res = await medusa.api(`/seller/orders/${orderId}/${action}`, { method: "POST", token: hai, json })
    expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200)
  }
}

beforeAll(async () => {
  medusa = await startTestMedusa({ VNPAY_HASH_SECRET: SECRET, BANK_WEBHOOK_SECRET: BANK_SECRET })
  admin = await medusa.adminToken()
  hai = await demoSellerToken(medusa)
  haiId = (await medusa.api("/seller/me", { token: hai })).body.seller.id
  buyer = await vnpayBuyer(medusa)
})
afterAll(() => medusa?.stop())

describe("seller finance", () => {
  it("records the rule in force on each order line; changing rules rewrites no past order", async () => {
    const bad = await medusa.api("/admin/commission-rules", { method: "POST", token: admin, json: { scope: "default", kind: "percentage" } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain("Tỷ lệ phần trăm cần rate_bp")
    const unknown = await medusa.api("/admin/commission-rules", { method: "POST", token: admin, json: { scope: "seller", target_id: "sel_nope", kind: "fixed", fixed_amount: 1 } })
    expect(unknown.status).toBe(400)
    const set = (json: object) => medusa.api("/admin/commission-rules", { method: "POST", token: admin, json })
    expect((await set({ scope: "default", kind: "percentage", rate_bp: 500 })).status).toBe(201)

    const [a] = (await buyer.placeOrder({ "VTTH-1KG": 2 }, { [HAI]: "Giao hàng tiêu chuẩn" })).orders
    orders.cod = a
    const before = (await eventually(() => earnings(a.id), (r) => r.status === 200, "order A's charges")).body.order

    expect((await set({ scope: "default", kind: "percentage", rate_bp: 1_000 })).status).toBe(200)
    const sellerRule = await set({ scope: "seller", target_id: haiId, kind: "fixed", fixed_amount: 1_000 })
    expect(sellerRule.status).toBe(201)
    const [b] = (await buyer.placeOrder({ "VTTH-1KG": 2 }, { [HAI]: "Giao hàng tiêu chuẩn" })).orders
    orders.later = b
    const later = (await eventually(() => earnings(b.id), (r) => r.status === 200, "order B's charges")).body.order

    const [line] = before.lines
    expect(line.rule).toMatchObject({ scope: "default", kind: "percentage", rate_bp: 500 })
    expect(line.commission).toBe(share(line.line_total, 500, 10_000))
    expect(later.lines[0].rule).toMatchObject({ scope: "seller", kind: "fixed", fixed_amount: 1_000 })
    expect(later.lines[0].commission).toBe(2_000)
    // Order A still reads as it was sold, though both rules it could fall under changed.
    expect((await earnings(a.id)).body.order.lines).toEqual(before.lines)
    // Hai is a household: 1 % VAT + 0.5 % PIT of the goods, rounded half up per order.
    expect(before.withholding).toMatchObject({ applies: true, base: line.line_total, vat_rate_bp: 100, pit_rate_bp: 50 })

    // Back to the default alone for what follows.
    expect((await medusa.api(`/admin/commission-rules/${sellerRule.body.commission_rule.id}`, { method: "DELETE", token: admin })).status).toBe(200)
    expect((await medusa.api(`/admin/commission-rules/${sellerRule.body.commission_rule.id}`, { method: "DELETE", token: admin })).status).toBe(404)
  })

  it("books a COD order, a VNPay order and a partial refund so that they add up", async () => {
    // Cash on delivery: the seller keeps the cash and owes the commission and the withholding.
    const cod = orders.cod
    await walk(cod.id)
    const codEntries = await ledgerWith(cod.id, ["cash-collected:", "commission:", "withholding-vat:"])
    const codCharges = (await earnings(cod.id)).body.order
    const base = codCharges.lines[0].line_total
    const vat = share(base, 100, 10_000)
    const pit = share(base, 50, 10_000)
    expect(codEntries.map((e) => [e.kind, e.tax, e.amount]).sort()).toEqual(
      [
        ["cash_collected", null, cod.total],
        ["cash_held", null, -cod.total],
        ["commission", null, -codCharges.commission],
        ["withholding", "vat", -vat],
        ["withholding", "pit", -pit],
      ].sort(),
    )
    expect(codCharges.net).toBe(cod.total - codCharges.commission - vat - pit)

    // VNPay, through the simulator: captured when paid, booked when the order is placed.
    const cartId = await buyer.cartWith({ "VTTH-1KG": 3 })
    await buyer.chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn" })
    const session = await buyer.pay(cartId, VNPAY)
    await payOnSimulator(new URL(session.data.pay_url), "success")
    const [paid] = (await buyer.complete(cartId)).body.order_group.orders
    orders.vnpay = paid
    await ledgerWith(paid.id, ["online-payment:", "commission:", "withholding-pit:"])
    const charges = (await earnings(paid.id)).body.order
    expect(charges.paid_via).toBe("online")
    const gross = paid.total - charges.commission - charges.withholding.vat - charges.withholding.pit
    expect(sum(await ledger(paid.id))).toBe(gross)

    // A partial refund gives back its share of commission and withholding.
    const refund = await medusa.api(`/admin/seller-orders/${paid.id}/refunds`, { method: "POST", token: admin, json: { amount: 20_000, note: "Quả dập khi giao" } })
    expect(refund.status, JSON.stringify(refund.body)).toBe(201)
    const after = await ledger(paid.id)
    const back = share(charges.commission, 20_000, paid.total) + share(charges.withholding.vat, 20_000, paid.total) + share(charges.withholding.pit, 20_000, paid.total)
    expect(sum(after)).toBe(gross - 20_000 + back)
    expect(after.filter((e) => e.kind === "refund").map((e) => e.amount)).toEqual([-20_000])

    const tooMuch = await medusa.api(`/admin/seller-orders/${paid.id}/refunds`, { method: "POST", token: admin, json: { amount: paid.total, note: "x" } })
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.body.message).toContain("vượt quá")
    const cash = await medusa.api(`/admin/seller-orders/${cod.id}/refunds`, { method: "POST", token: admin, json: { amount: 1_000, note: "x" } })
    expect(cash.status).toBeGreaterThanOrEqual(400)
    expect(cash.status).toBeLessThan(500)
    expect((await medusa.api(`/admin/seller-orders/${paid.id}/refunds`, { method: "POST", token: admin, json: { amount: 1.5, note: "x" } })).status).toBe(400)

    // The balance is the sum of every entry; the withholding export sums the same entries.
    const all = (await medusa.api(`/admin/seller-ledger?seller_id=${haiId}`, { token: admin })).body
    expect((await medusa.api("/seller/earnings", { token: hai })).body.balance).toBe(sum(all.entries))
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)
    const report = (await medusa.api(`/admin/withholding?month=${month}`, { token: admin })).body
    const row = report.sellers.find((s: { seller_id: string }) => s.seller_id === haiId)
    const withheld = all.entries.filter((e: Entry) => e.kind === "withholding")
    expect(row.vat + row.pit).toBe(-sum(withheld))
    const csv = await fetch(`${medusa.url}/admin/withholding?month=${month}&format=csv`, { headers: { authorization: `Bearer ${admin}` } })
    expect(csv.headers.get("content-type")).toContain("text/csv")
    expect(await csv.text()).toContain(`${haiId},${HAI},household`)
    expect((await medusa.api("/admin/withholding?month=2026-13", { token: admin })).status).toBe(400)
  })

  it("pays settled balances in a batch whose entries can never be paid twice", async () => {
    const bank = { bank_bin: "970436", bank_account_number: "0491000123456", bank_account_holder: "NGUYEN VAN HAI" }
    expect((await medusa.api("/seller/me", { method: "POST", token: hai, json: bank })).status).toBe(200)
    // The VNPay order is not delivered yet: its money is pending, the COD order's debt is not.
    const pending = (await medusa.api("/seller/earnings", { token: hai })).body
    expect(pending.pending).toBe(sum(await ledger(orders.vnpay.id)))
    // Delivery re-runs the settlement of an order booked when it was paid: it adds nothing.
    const booked = await ledger(orders.vnpay.id)
    await walk(orders.vnpay.id)
    // Nothing observable marks "the subscriber ran and booked nothing": give it time to.
    await new Promise((r) => setTimeout(r, 2_000))
    expect(await ledger(orders.vnpay.id)).toEqual(booked)
    const ready = (await medusa.api("/seller/earnings", { token: hai })).body
    expect(ready.available).toBe(sum(await ledger(orders.cod.id)) + sum(await ledger(orders.vnpay.id)))

    // Two operators draft at once: one batch takes every ready entry, the other finds none left.
    const drafts = await Promise.all([1, 2].map(() => medusa.api("/admin/payout-batches", { method: "POST", token: admin })))
    expect(drafts.map((d) => d.status).sort()).toEqual([201, 400])
    // A draft thrown away frees its entries for the next batch.
    const discarded = drafts.find((d) => d.status === 201)!.body.payout_batch
    const discard = await medusa.api(`/admin/payout-batches/${discarded.id}`, { method: "DELETE", token: admin })
    expect(discard.status, JSON.stringify(discard.body)).toBe(200)
    const redrafted = await medusa.api("/admin/payout-batches", { method: "POST", token: admin })
    expect(redrafted.status).toBe(201)
    const batch = redrafted.body.payout_batch
    const line = batch.lines.find((l: { seller_id: string }) => l.seller_id === haiId)
    expect(line).toMatchObject({ ...bank, amount: ready.available })
    // Everything ready is in this batch: a second one finds nothing to pay.
    const again = await medusa.api("/admin/payout-batches", { method: "POST", token: admin })
    expect(again.status).toBe(400)
    expect(again.body.message).toContain("Không có số dư")

    const file = await fetch(`${medusa.url}/admin/payout-batches/${batch.id}/transfer-file`, { headers: { authorization: `Bearer ${admin}` } })
    const rows = (await file.text()).replace(/^\uFEFF/, "").trim().split("\n")
    expect(rows[0]).toBe("bank_bin,account_number,account_holder,amount,memo")
    expect(rows).toContain(`970436,0491000123456,NGUYEN VAN HAI,${ready.available},${line.memo}`)

    const marks = await Promise.all([1, 2, 3].map(() => medusa.api(`/admin/payout-batches/${batch.id}/mark-paid`, { method: "POST", token: admin })))
    expect(marks.map((m) => m.status)).toEqual([200, 200, 200])
    const payouts = (await medusa.api(`/admin/seller-ledger?seller_id=${haiId}`, { token: admin })).body.entries.filter((e: Entry) => e.kind === "payout")
    expect(payouts.map((e: Entry) => e.amount)).toEqual([-ready.available])
    const paid = (await medusa.api("/seller/earnings", { token: hai })).body
    expect(paid).toMatchObject({ paid_out: ready.available, available: 0, in_payout: 0 })
    expect((await medusa.api("/admin/payout-batches/pob_nope", { token: admin })).status).toBe(404)
    const gone = await medusa.api(`/admin/payout-batches/${batch.id}`, { method: "DELETE", token: admin })
    expect(gone.status).toBe(400)
    expect(gone.body.message).toBe("Đợt chi trả đã chi không thể hủy / A paid batch cannot be discarded")
  })

  it("books a bank transfer as an online payment once the bank's notification has placed the order", async () => {
    const cartId = await buyer.cartWith({ "VTTH-1KG": 2 })
    await buyer.chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn" })
    const { payment_collection } = await buyer.ok("/store/payment-collections", { method: "POST", json: { cart_id: cartId } })
    const { payment_session } = await buyer.ok(`/store/payment-collections/${payment_collection.id}/bank-transfer`, { method: "POST", json: {} })
    const credit = await notifyBank(medusa, { amount: payment_session.data.amount_vnd, description: `${payment_session.data.memo} chuyen tien vai` })
    expect(credit.body).toMatchObject({ status: "matched", order_placed: true })
    const [order] = (await buyer.complete(cartId)).body.order_group.orders
    const entries = await ledgerWith(order.id, ["online-payment:", "commission:", "withholding-vat:", "withholding-pit:"])
    expect(entries.filter((e) => e.kind === "online_payment").map((e) => e.amount)).toEqual([order.total])
    const charges = (await earnings(order.id)).body.order
    expect(charges.paid_via).toBe("online")
    expect(sum(entries)).toBe(order.total - charges.commission - charges.withholding.vat - charges.withholding.pit)
  })

  it("a seller cancelling an order paid by VNPay gives the money, the commission and the tax back, less what a partial refund already gave", async () => {
    const cartId = await buyer.cartWith({ "VTTH-1KG": 1 })
    await buyer.chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn" })
    const session = await buyer.pay(cartId, VNPAY)
    await payOnSimulator(new URL(session.data.pay_url), "success")
    const [order] = (await buyer.complete(cartId)).body.order_group.orders
    await ledgerWith(order.id, ["online-payment:", "commission:"])
    const partial = await medusa.api(`/admin/seller-orders/${order.id}/refunds`, { method: "POST", token: admin, json: { amount: 10_000, note: "Giao chậm" } })
    expect(partial.status, JSON.stringify(partial.body)).toBe(201)
    const cancel = await medusa.api(`/seller/orders/${order.id}/cancel`, { method: "POST", token: hai, json: { reason: "Hết hàng do mưa đá" } })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    const entries = await ledgerWith(order.id, [`refund:cancel:${order.id}`, `refund-commission:cancel:${order.id}`])
    expect(entries.filter((e) => e.kind === "refund").map((e) => e.amount).sort((a, b) => a - b)).toEqual([-(order.total - 10_000), -10_000])
    expect(sum(entries)).toBe(0)
    // The buyer got the order's total back once, in two refunds: not the total again on top.
    const { rows: [{ refunded }] } = await withClient(medusa.databaseUrl, (c) =>
      c.query(
      `SELECT coalesce(sum(r.amount), 0)::int AS refunded FROM refund r
         JOIN payment p ON p.id = r.payment_id JOIN payment_session s ON s.id = p.payment_session_id
        WHERE s.id = $1 AND r.deleted_at IS NULL`,
      [session.id],
    ))
    expect(refunded).toBe(order.total)
  })

  it("shows a seller its own orders only", async () => {
    const { token: lan } = await registerSeller(medusa, "0977 555 666", { name: "Hộ bà Lê Thị Mai" })
    const other = await earnings(orders.cod.id, lan)
    expect(other.status).toBe(404)
    expect(other.body.message).toBe("Không tìm thấy đơn hàng / Order not found")
    expect((await medusa.api("/seller/earnings/orders", { token: lan })).body).toMatchObject({ orders: [], count: 0 })
    expect((await medusa.api("/seller/earnings", { token: lan })).body).toMatchObject({ balance: 0, paid_out: 0 })
    expect((await medusa.api("/seller/earnings")).status).toBe(401)
    const mine = (await medusa.api("/seller/earnings/orders?limit=10", { token: hai })).body
    expect(mine.orders.map((o: { order_id: string }) => o.order_id)).toEqual(expect.arrayContaining([orders.cod.id, orders.vnpay.id, orders.later.id]))
    expect((await medusa.api("/seller/earnings/orders?limit=0", { token: hai })).status).toBe(400)
  })
})
