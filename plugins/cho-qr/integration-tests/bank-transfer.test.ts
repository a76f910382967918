import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, CHE } from "../../farmer-household/integration-tests/checkout-helpers.ts"
import { decodeEmvco } from "../src/lib/emvco/index.ts"
import { BANK_SECRET as SECRET, DEMO_ACCOUNT, notifyBank } from "./bank-helpers.ts"

describe("bank transfer by VietQR against a running Medusa", () => {
  let medusa: TestMedusa
  let buyer: Awaited<ReturnType<typeof checkout>>

  beforeAll(async () => {
    medusa = await startTestMedusa({ BANK_WEBHOOK_SECRET: SECRET })
    buyer = await checkout(medusa)
  })
  afterAll(async () => {
    await medusa?.stop()
  })

  async function startTransfer() {
    const cartId = await buyer.cartWith({ "CTC-200G": 1 })
    await buyer.chooseShipping(cartId, { [CHE]: "Giao hàng tiêu chuẩn" })
    const { payment_collection } = await buyer.ok("/store/payment-collections", { method: "POST", json: { cart_id: cartId } })
    const { payment_session } = await buyer.ok(`/store/payment-collections/${payment_collection.id}/bank-transfer`, { method: "POST", json: {} })
    return { cartId, collectionId: payment_collection.id as string, session: payment_session }
  }

  const notify = (fields: Record<string, unknown>, secret = SECRET) => notifyBank(medusa, fields, secret)
  const orderCount = async () => (await medusa.api("/admin/orders?limit=1", { token: await medusa.adminToken() })).body.count as number

  it("shows a dynamic VietQR with the cart's amount, the memo and the account to pay into", async () => {
    const { cartId, session } = await startTransfer()
    const cart = (await medusa.api(`/store/carts/${cartId}`)).body.cart
    expect(session.data).toMatchObject({ amount_vnd: cart.total, account_number: DEMO_ACCOUNT, bank_bin: "970415", demo: true })
    expect(session.data.memo).toMatch(/^NSV[0-9A-Z]{8}$/)
    const qr = decodeEmvco(session.data.qr_payload)
    expect(qr).toMatchObject({ initiation: "dynamic", vietqr: { bin: "970415", account: DEMO_ACCOUNT, amountVnd: cart.total, purpose: session.data.memo } })
    expect(Date.parse(session.data.expires_at) - Date.now()).toBeGreaterThan(29 * 60_000)
  })

  it("refuses a transfer session made through Medusa's generic route (its memo would be nobody's or someone else's)", async () => {
    const cartId = await buyer.cartWith({ "CTC-200G": 1 })
    const { payment_collection } = await buyer.ok("/store/payment-collections", { method: "POST", json: { cart_id: cartId } })
    const sessions = `/store/payment-collections/${payment_collection.id}/payment-sessions`
    const res = await medusa.api(sessions, { method: "POST", json: { provider_id: "pp_vietqr_vietqr" } })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain("bank-transfer")
    // Nor with a memo of the client's choosing (another buyer's, say).
    const { session: other } = await startTransfer()
    const forged = await medusa.api(sessions, { method: "POST", json: { provider_id: "pp_vietqr_vietqr", data: { memo: other.data.memo, memo_signature: "0".repeat(64) } } })
    expect(forged.status).toBe(400)
  })

  it("changes nothing for a bad signature, a wrong amount or a body that is not a notification", async () => {
    const { cartId, session } = await startTransfer()
    const before = await orderCount()
    const memo = session.data.memo
    expect((await notify({ amount: session.data.amount_vnd, description: memo }, "wrong")).status).toBe(401)
    const off = await notify({ amount: session.data.amount_vnd - 1, description: `${memo} chuyen tien` })
    expect(off.body).toMatchObject({ status: "mismatched", order_placed: false })
    expect(off.body.reason).toContain("khác")
    expect((await notify({ amount: "lots", description: memo })).status).toBe(400)
    expect(await orderCount()).toBe(before)
    expect((await buyer.complete(cartId)).status).toBeGreaterThanOrEqual(400)
  })

  it("places the orders when the right amount arrives with the memo, once", async () => {
    const { cartId, session } = await startTransfer()
    const before = await orderCount()
    const memo: string = session.data.memo
    // Banks rewrite the text: lower case, spaces inside, their own words around it.
    const description = `MBVCB.123456.${memo.slice(0, 5).toLowerCase()} ${memo.slice(5)}.Tran Thi Lan chuyen tien`
    const id = `FT-ONCE-${Date.now()}`
    const first = await notify({ id, amount: session.data.amount_vnd, description })
    expect(first.body).toMatchObject({ status: "matched", duplicate: false, order_placed: true })
    expect(await orderCount()).toBe(before + 1)
    const again = await notify({ id, amount: session.data.amount_vnd, description })
    expect(again.body).toMatchObject({ status: "matched", duplicate: true, order_placed: false })
    const second = await notify({ amount: session.data.amount_vnd, description })
    expect(second.body).toMatchObject({ status: "mismatched", order_placed: false })
    expect(await orderCount()).toBe(before + 1)
    expect((await buyer.complete(cartId)).body.type).toBe("order_group")
  })

  it("keeps credits it cannot match in the operator's queue, and lets the operator confirm a transfer by hand", async () => {
    const token = await medusa.adminToken()
    const stray = await notify({ amount: 50_000, description: "ung ho dong bao" })
    expect(stray.body).toMatchObject({ status: "unmatched" })
    const queue = (await medusa.api("/admin/bank-notifications?status=unmatched", { token })).body
    expect(queue.bank_notifications.map((n: { description: string }) => n.description)).toContain("ung ho dong bao")
    expect((await medusa.api("/admin/bank-notifications?status=weird", { token })).status).toBe(400)

    const { session } = await startTransfer()
    const before = await orderCount()
    const confirm = await medusa.api(`/admin/bank-transfers/${session.data.memo}/confirm`, { method: "POST", token, json: {} })
    expect(confirm.body).toEqual({ confirmed: true, order_placed: true })
    expect(await orderCount()).toBe(before + 1)
    expect((await medusa.api(`/admin/bank-transfers/${session.data.memo}/confirm`, { method: "POST", token, json: {} })).status).toBe(400)
    // The bank's notification of that same credit comes late: it documents the payment, no refund is asked for.
    const late = await notify({ amount: session.data.amount_vnd, description: session.data.memo })
    expect(late.body).toMatchObject({ status: "matched", order_placed: false })
    const again = await notify({ amount: session.data.amount_vnd, description: session.data.memo })
    expect(again.body).toMatchObject({ status: "mismatched" })
    expect(await orderCount()).toBe(before + 1)
    expect((await medusa.api(`/admin/bank-transfers/NSV00000000/confirm`, { method: "POST", token, json: {} })).status).toBe(404)
    expect((await medusa.api(`/admin/bank-transfers/${session.data.memo}/confirm`, { method: "POST", json: {} })).status).toBe(401)
  })
})
