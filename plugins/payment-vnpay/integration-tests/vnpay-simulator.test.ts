import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { CHE, HAI } from "../../farmer-household/integration-tests/checkout-helpers.ts"
import { demoSellerToken } from "../../farmer-household/integration-tests/helpers.ts"
import { payOnSimulator, SECRET, vnpayBuyer } from "./vnpay-helpers.ts"

describe("VNPay simulator and the return page (development)", () => {
  let medusa: TestMedusa
  let buyer: Awaited<ReturnType<typeof vnpayBuyer>>

  beforeAll(async () => {
    medusa = await startTestMedusa({ VNPAY_HASH_SECRET: SECRET })
    buyer = await vnpayBuyer(medusa)
  })
  afterAll(async () => {
    await medusa?.stop()
  })

  it("pays through the simulator: IPN over HTTP, then the return URL reports paid and completion finds the orders", async () => {
    const { cartId, payUrl } = await buyer.startPayment()
    const back = await payOnSimulator(payUrl, "success")
    expect(back.pathname).toBe("/thanh-toan/vnpay")
    const result = await medusa.api(`/store/vnpay/return${back.search}`)
    expect(result.body).toMatchObject({ status: "paid", vnpay_says_paid: true, vnpay_response_code: "00", cart_id: cartId })
    expect((await buyer.complete(cartId)).body.type).toBe("order_group")
  })

  it("a cancelled payment returns as failed, and the cart can be paid again", async () => {
    const { cartId, payUrl } = await buyer.startPayment()
    const back = await payOnSimulator(payUrl, "cancelled")
    expect((await medusa.api(`/store/vnpay/return${back.search}`)).body).toMatchObject({ status: "failed", vnpay_says_paid: false, vnpay_response_code: "24" })
    const retry = await buyer.pay(cartId, "pp_vnpay_vnpay")
    const again = await payOnSimulator(new URL(retry.data.pay_url), "success")
    expect((await medusa.api(`/store/vnpay/return${again.search}`)).body.status).toBe("paid")
    expect((await buyer.complete(cartId)).body.type).toBe("order_group")
  })

  it("does not trust a return URL: a tampered one is refused", async () => {
    const { payUrl } = await buyer.startPayment()
    const back = await payOnSimulator(payUrl, "insufficient_funds")
    const forged = back.search.replace("vnp_ResponseCode=51", "vnp_ResponseCode=00")
    const res = await medusa.api(`/store/vnpay/return${forged}`)
    expect(res.status).toBe(400)
    expect(res.body.message).toContain("sai chữ ký")
  })

  it("settles a payment whose IPN was lost by asking VNPay (querydr), and an abandoned one as failed", async () => {
    const token = await medusa.adminToken()
    const reconcile = async (txnRef: string) =>
      (await medusa.api(`/admin/vnpay-payments/${txnRef}/reconcile`, { method: "POST", token })).body.reconciliation

    const paid = await buyer.startPayment()
    const back = await payOnSimulator(paid.payUrl, "success_ipn_lost")
    const txnRef = paid.payUrl.searchParams.get("vnp_TxnRef")!
    expect((await medusa.api(`/store/vnpay/return${back.search}`)).body.status).toBe("pending")
    expect(await reconcile(txnRef)).toEqual({ txn_ref: txnRef, kind: "paid", reason: null })
    expect((await medusa.api(`/store/vnpay/return${back.search}`)).body.status).toBe("paid")
    expect((await buyer.complete(paid.cartId)).body.type).toBe("order_group")
    expect((await reconcile(txnRef)).kind).toBe("settled")

    const abandoned = await buyer.startPayment()
    const abandonedRef = abandoned.payUrl.searchParams.get("vnp_TxnRef")!
    expect(await reconcile(abandonedRef)).toEqual({ txn_ref: abandonedRef, kind: "failed", reason: null })
    expect((await medusa.api(`/admin/vnpay-payments/01JNOSUCHREF/reconcile`, { method: "POST", token })).status).toBe(404)
    expect((await medusa.api(`/admin/vnpay-payments/${abandonedRef}/reconcile`, { method: "POST" })).status).toBe(401)
  })

  it("refunds a cancelled seller's part of a VNPay payment through VNPay's refund API", async () => {
    const cartId = await buyer.cartWith({ "VTTH-1KG": 1, "CTC-200G": 1 })
    await buyer.chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn", [CHE]: "Giao hàng tiêu chuẩn" })
    const session = await buyer.pay(cartId, "pp_vnpay_vnpay")
    await payOnSimulator(new URL(session.data.pay_url), "success")
    const group = (await buyer.complete(cartId)).body.order_group
    const haiOrder = group.orders.find((o: { seller: { name: string } }) => o.seller.name === HAI)

    const hai = await demoSellerToken(medusa)
    const cancel = await medusa.api(`/seller/orders/${haiOrder.id}/cancel`, { method: "POST", token: hai, json: { reason: "Hết hàng do mưa đá" } })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    expect((await medusa.api(`/seller/orders/${haiOrder.id}`, { token: hai })).body.order.refunded).toMatchObject({ amount: haiOrder.total })

    const token = await medusa.adminToken()
    const payment = (await medusa.api(`/admin/payments?payment_session_id=${session.id}&fields=id,amount,*refunds,data`, { token })).body.payments[0]
    expect(payment.refunds.map((r: { amount: number }) => r.amount)).toEqual([haiOrder.total])
    // VNPay itself was asked, and answered with a valid signature.
    expect(payment.data.refunds).toEqual([expect.objectContaining({ type: "partial", amount_vnd: haiOrder.total })])
  })
})
