import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { withClient } from "../../../infra/src/database.ts"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { verifyParams } from "../src/lib/vnpay/index.ts"
import { ipnFor, SECRET, vnpayBuyer } from "./vnpay-helpers.ts"

describe("VNPay: pay URL and IPN against a running Medusa", () => {
  let medusa: TestMedusa
  let buyer: Awaited<ReturnType<typeof vnpayBuyer>>

  beforeAll(async () => {
    medusa = await startTestMedusa({ VNPAY_HASH_SECRET: SECRET })
    buyer = await vnpayBuyer(medusa)
  })
  afterAll(async () => {
    await medusa?.stop()
  })

  const ipn = async (query: string) => (await medusa.api(`/hooks/vnpay/ipn?${query}`)).body
  const orderCount = async () => (await medusa.api("/admin/orders?limit=1", { token: await medusa.adminToken() })).body.count as number

  it("signs a pay URL with the cart's total × 100, the buyer's IP and a 15-minute expiry in GMT+7", async () => {
    const { cartId, payUrl, session } = await buyer.startPayment({ locale: "en", bank_code: "VNBANK" })
    const cart = (await medusa.api(`/store/carts/${cartId}`)).body.cart
    const p = Object.fromEntries(payUrl.searchParams)
    expect(verifyParams(p, SECRET)).toBe(true)
    expect(p.vnp_Amount).toBe(String(cart.total * 100))
    expect(p.vnp_TxnRef).toBe(session.id.replace("payses_", ""))
    expect(p.vnp_Locale).toBe("en")
    expect(p.vnp_BankCode).toBe("VNBANK")
    expect(p.vnp_IpAddr).toMatch(/127\.0\.0\.1|::1/)
    expect(p.vnp_OrderInfo).toMatch(/^[\x20-\x7e]+$/)
    expect(p.vnp_OrderInfo).toContain("Thanh toan don hang Nong san Viet")
    const minutes = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(4, 6) - 1, +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)) / 60_000
    expect(minutes(p.vnp_ExpireDate!) - minutes(p.vnp_CreateDate!)).toBe(15)
    // GMT+7: the create date is "now" seven hours ahead of UTC, whatever the server's time zone.
    expect(Math.abs(minutes(p.vnp_CreateDate!) - (Date.now() / 60_000 + 7 * 60))).toBeLessThan(2)
  })

  it("answers the IPN matrix: 97, 01, 04 (nothing paid), 00 once, then 02", async () => {
    const { cartId, payUrl } = await buyer.startPayment()
    const before = await orderCount()
    expect(await ipn(ipnFor(payUrl).replace(/vnp_SecureHash=[0-9a-f]{4}/, "vnp_SecureHash=0000"))).toEqual({ RspCode: "97", Message: "Invalid Checksum" })
    expect(await ipn(ipnFor(payUrl, { vnp_TxnRef: "01JUNKNOWNREFERENCE0000000" }))).toEqual({ RspCode: "01", Message: "Order not found" })
    const oneDongMore = String(Number(payUrl.searchParams.get("vnp_Amount")) + 100)
    expect(await ipn(ipnFor(payUrl, { vnp_Amount: oneDongMore }))).toEqual({ RspCode: "04", Message: "Invalid amount" })
    expect(await orderCount()).toBe(before)
    expect(await ipn(ipnFor(payUrl))).toEqual({ RspCode: "00", Message: "Confirm Success" })
    expect(await orderCount()).toBe(before + 1)
    expect(await ipn(ipnFor(payUrl))).toEqual({ RspCode: "02", Message: "Order already confirmed" })
    // The buyer's completion after the IPN finds the group the IPN made.
    const completed = await buyer.complete(cartId)
    expect(completed.body.type).toBe("order_group")
    expect(await orderCount()).toBe(before + 1)
  })

  it("turns 20 concurrent identical IPNs into one capture and one set of orders", async () => {
    const { payUrl, session } = await buyer.startPayment()
    const before = await orderCount()
    const query = ipnFor(payUrl)
    const answers = await Promise.all(Array.from({ length: 20 }, () => ipn(query)))
    expect(answers.filter((a) => a.RspCode === "00")).toHaveLength(1)
    expect(answers.filter((a) => a.RspCode === "02")).toHaveLength(19)
    expect(await orderCount()).toBe(before + 1)
    const { body } = await medusa.api(`/admin/payments?payment_session_id=${session.id}&fields=id,captured_at,*captures`, { token: await medusa.adminToken() })
    expect(body.payments).toHaveLength(1)
    expect(body.payments[0].captures).toHaveLength(1)
  })

  it("records a failed payment and leaves the cart payable again", async () => {
    const { cartId, payUrl } = await buyer.startPayment()
    const before = await orderCount()
    expect(await ipn(ipnFor(payUrl, { vnp_ResponseCode: "51", vnp_TransactionStatus: "02" }))).toEqual({ RspCode: "00", Message: "Confirm Success" })
    expect(await orderCount()).toBe(before)
    expect((await buyer.complete(cartId)).status).toBeGreaterThanOrEqual(400)
    // A second attempt: a new session, a new reference, paid this time.
    const retry = await buyer.pay(cartId, "pp_vnpay_vnpay")
    const retryUrl = new URL(retry.data.pay_url)
    expect(retryUrl.searchParams.get("vnp_TxnRef")).not.toBe(payUrl.searchParams.get("vnp_TxnRef"))
    expect(await ipn(ipnFor(retryUrl))).toEqual({ RspCode: "00", Message: "Confirm Success" })
    expect(await orderCount()).toBe(before + 1)
  })

  it("completes the cart again on a retried IPN when a kill cut its completion off after the payment was authorized", async () => {
    const { cartId, payUrl, session } = await buyer.startPayment()
    const db = async (text: string, values: unknown[]) => (await withClient(medusa.databaseUrl, (c) => c.query(text, values))).rows
    expect(await ipn(ipnFor(payUrl))).toEqual({ RspCode: "00", Message: "Confirm Success" })
    // What a kill between the authorization and the completion's last step leaves: the payment
    // authorized and captured, the group not placed.
    const [group] = await db("UPDATE order_group SET status = 'pending' WHERE cart_id = $1 RETURNING id", [cartId])
    const [old] = await db("SELECT order_id FROM ordergroup_order_group_order_order WHERE order_group_id = $1 AND deleted_at IS NULL", [group.id])
    // VNPay's retry: already confirmed (02), and the completion finished.
    expect(await ipn(ipnFor(payUrl))).toEqual({ RspCode: "02", Message: "Order already confirmed" })
    const [placed] = await db(
      `SELECT g.status, array_agg(l.order_id) AS orders FROM order_group g JOIN ordergroup_order_group_order_order l ON l.order_group_id = g.id AND l.deleted_at IS NULL
        WHERE g.id = $1 GROUP BY g.status`,
      [group.id]
    )
    expect(placed.status).toBe("placed")
    expect(placed.orders).toHaveLength(1)
    expect(placed.orders).not.toContain(old.order_id)
    const { body } = await medusa.api(`/admin/payments?payment_session_id=${session.id}&fields=id,*captures`, { token: await medusa.adminToken() })
    expect(body.payments).toHaveLength(1)
    expect(body.payments[0].captures).toHaveLength(1)
    expect((await medusa.api(`/store/order-groups/${group.id}`)).body.order_group.payment_collection.captured_amount).toBe(session.amount)
  })

  it("answers 99 to a signed IPN that lacks what VNPay always sends", async () => {
    const { payUrl } = await buyer.startPayment()
    expect(await ipn(ipnFor(payUrl, { vnp_ResponseCode: undefined }))).toEqual({ RspCode: "99", Message: "Unknown error" })
  })
})
