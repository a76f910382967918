import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, CHE, HAI } from "./checkout-helpers.ts"
import { demoSellerToken } from "./helpers.ts"

let medusa: TestMedusa

beforeAll(async () => {
  medusa = await startTestMedusa()
})
afterAll(() => medusa?.stop())

describe("cash on delivery", () => {
  it("captures only the delivering seller's part of the buyer's payment, once", async () => {
    const buyer = await checkout(medusa)
    const cartId = await buyer.cartWith({ "VTTH-1KG": 2, "CTC-200G": 1 })
    await buyer.chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn", [CHE]: "Giao nhanh" })
    const session = await buyer.pay(cartId)
    const group = (await buyer.complete(cartId)).body.order_group
    const haiOrder = group.orders.find((o: { seller: { name: string } }) => o.seller.name === HAI)

    const admin = await medusa.adminToken()
    const payment = async () =>
      (await medusa.api(`/admin/payments?payment_session_id=${session.id}&fields=id,amount,captured_at,*captures`, { token: admin })).body.payments[0]
    expect((await payment()).captures).toEqual([])

    const hai = await demoSellerToken(medusa)
    for (const [action, json] of [["accept"], ["pack"], ["ship", { carrier: "Viettel Post", tracking_number: "VTP1" }], ["deliver"]] as const) {
      const res = await medusa.api(`/seller/orders/${haiOrder.id}/${action}`, { method: "POST", token: hai, json: json ?? {} })
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200)
    }
    const afterDelivery = await payment()
    expect(afterDelivery.captures.map((c: { amount: number }) => c.amount)).toEqual([haiOrder.total])
    // The other farm has not delivered: the payment is not fully captured.
    expect(afterDelivery.captured_at).toBeNull()
    const order = (await medusa.api(`/seller/orders/${haiOrder.id}`, { token: hai })).body.order
    expect(order.cash_collected).toMatchObject({ amount: haiOrder.total, at: expect.any(String) })

    const again = await medusa.api(`/seller/orders/${haiOrder.id}/deliver`, { method: "POST", token: hai, json: {} })
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    expect((await payment()).captures).toHaveLength(1)
  })
})
