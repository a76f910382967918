import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, CHE, HAI } from "./checkout-helpers.ts"
import { demoSellerToken, registerSeller } from "./helpers.ts"

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

  it("a farm cancelling in a COD group refunds nothing, and leaves the other farm's collected cash alone", async () => {
    const admin = await medusa.adminToken()
    const { seller, token: lan } = await registerSeller(medusa, "0977 333 444", { name: "Hộ bà Đỗ Thị Lan" })
    await medusa.api(`/admin/sellers/${seller.id}/status`, { method: "POST", token: admin, json: { action: "approve" } })
    const listed = await medusa.api("/seller/products", {
      method: "POST",
      token: lan,
      json: { title: "Nhãn lồng sấy", status: "published", variants: [{ title: "Túi 500 g", unit: "bag", weight_grams: 520, price: 80000, stock: 10, sku: "LAN-NHAN-500" }] },
    })
    expect(listed.status).toBe(201)

    const buyer = await checkout(medusa) // reads the catalogue now, with Lan's product in it
    // Hai's part (240.000 ₫ collected) is more than Lan's (110.000 ₫): enough to "refund" from, wrongly.
    const cartId = await buyer.cartWith({ "VTTH-5KG": 1, "LAN-NHAN-500": 1 })
    await buyer.chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn", "Hộ bà Đỗ Thị Lan": "Giao hàng tiêu chuẩn" })
    const session = await buyer.pay(cartId)
    const group = (await buyer.complete(cartId)).body.order_group
    const haiOrder = group.orders.find((o: { seller: { name: string } }) => o.seller.name === HAI)
    const lanOrder = group.orders.find((o: { seller: { name: string } }) => o.seller.name === "Hộ bà Đỗ Thị Lan")

    const hai = await demoSellerToken(medusa)
    for (const [action, json] of [["accept"], ["pack"], ["ship", { carrier: "Viettel Post", tracking_number: "VTP2" }], ["deliver"]] as const)
      await medusa.api(`/seller/orders/${haiOrder.id}/${action}`, { method: "POST", token: hai, json: json ?? {} })
    // Two taps on "cancel" at once: one cancellation, and no refund of money this farm never took.
    const cancels = await Promise.all(
      [1, 2].map(() => medusa.api(`/seller/orders/${lanOrder.id}/cancel`, { method: "POST", token: lan, json: { reason: "Hết hàng" } })),
    )
    expect(cancels.map((c) => c.status).sort()).toEqual([200, 400])

    const payment = (await medusa.api(`/admin/payments?payment_session_id=${session.id}&fields=id,*captures,*refunds`, { token: admin })).body.payments[0]
    expect(payment.captures.map((c: { amount: number }) => c.amount)).toEqual([haiOrder.total])
    expect(payment.refunds).toEqual([])
    expect((await medusa.api(`/seller/orders/${lanOrder.id}`, { token: lan })).body.order).toMatchObject({ stage: "cancelled", refunded: null })
  })
})
