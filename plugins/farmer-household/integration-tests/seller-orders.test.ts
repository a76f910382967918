import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, CHE, HAI } from "./checkout-helpers.ts"
import { demoSellerToken } from "./helpers.ts"

let medusa: TestMedusa
let buyer: Awaited<ReturnType<typeof checkout>>
let hai: string
let group: any

beforeAll(async () => {
  medusa = await startTestMedusa()
  buyer = await checkout(medusa)
  hai = await demoSellerToken(medusa)
  group = await buyer.placeOrder({ "VTTH-5KG": 1, "CTC-200G": 2 }, { [HAI]: "Giao hàng tiêu chuẩn", [CHE]: "Giao nhanh" })
})
afterAll(() => medusa?.stop())

const act = (orderId: string, action: string, json?: unknown) =>
  medusa.api(`/seller/orders/${orderId}/${action}`, { method: "POST", token: hai, json: json ?? {} })

describe("a seller's order inbox", () => {
  let orderId: string

  it("holds only the seller's own order of the buyer's group, as new", async () => {
    const { body } = await medusa.api("/seller/orders", { token: hai })
    expect(body.orders).toHaveLength(1)
    const [order] = body.orders
    orderId = order.id
    expect(order).toMatchObject({ stage: "new", total: 240000, shipping_total: 30000, group: { id: group.id } })
    expect(order.items.map((i: any) => [i.title, i.variant_title, i.quantity])).toEqual([["Vải thiều Thanh Hà", "Hộp 5 kg", 1]])
    expect(order.shipping_address).toMatchObject({ first_name: "Lan", phone: "0912345678", province: "Thành phố Hà Nội" })
    expect(body.counts.new).toBe(1)
  })

  it("tells the seller about it in the dashboard's notifications", async () => {
    const { body } = await medusa.api("/seller/notifications", { token: hai })
    expect(body.notifications).toEqual([
      expect.objectContaining({ template: "seller-order-placed", resource_id: orderId, data: expect.objectContaining({ total: 240000, items: 1 }) }),
    ])
  })

  it("refuses steps out of order with a clear message", async () => {
    const res = await act(orderId, "deliver")
    expect(res.status).toBe(400)
    expect(res.body.message).toContain("Không thể thực hiện")
    expect((await act(orderId, "ship", { carrier: "Viettel Post" })).status).toBe(400) // no tracking code
  })

  it("accepts, packs, ships with a tracking code and marks delivered", async () => {
    const accepted = await act(orderId, "accept")
    expect(accepted.body.order?.stage, JSON.stringify(accepted.body)).toBe("accepted")
    const packed = await act(orderId, "pack")
    expect(packed.body.order?.stage, JSON.stringify(packed.body)).toBe("packed")

    const shipped = await act(orderId, "ship", { carrier: "Viettel Post", tracking_number: "VTP1234567890" })
    expect(shipped.body.order).toMatchObject({ stage: "shipped", carrier: "Viettel Post", tracking: [{ tracking_number: "VTP1234567890" }] })
    expect((await act(orderId, "deliver")).body.order.stage).toBe("delivered")
  })

  it("shows the buyer each seller's status in the group", async () => {
    const { body } = await medusa.api(`/store/order-groups/${group.id}`)
    const stages = Object.fromEntries(body.order_group.orders.map((o: any) => [o.seller.name, o.stage]))
    expect(stages).toEqual({ [HAI]: "delivered", [CHE]: "new" })
    const lychee = body.order_group.orders.find((o: any) => o.seller.name === HAI)
    expect(lychee).toMatchObject({ carrier: "Viettel Post", tracking: [{ tracking_number: "VTP1234567890" }] })
    expect(lychee.metadata).toBeUndefined()
  })
})

describe("cancelling", () => {
  async function stockOf(sku: string) {
    const { body } = await medusa.api("/seller/products", { token: hai })
    const variant = body.products.flatMap((p: any) => p.variants).find((v: any) => v.sku === sku)
    return { stock: variant.stock, reserved: variant.reserved }
  }

  it("needs a reason, restores the reserved stock and tells the buyer why", async () => {
    const before = await stockOf("VUH-1KG")
    const placed = await buyer.placeOrder({ "VUH-1KG": 3 }, { [HAI]: "Giao nhanh" })
    const orderId = placed.orders[0].id
    expect((await stockOf("VUH-1KG")).reserved).toBe(before.reserved + 3)

    expect((await act(orderId, "cancel", {})).status).toBe(400)
    await act(orderId, "pack")
    const cancelled = await act(orderId, "cancel", { reason: "Mưa đá làm hỏng vải U hồng" })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.order).toMatchObject({ stage: "cancelled", cancel_reason: "Mưa đá làm hỏng vải U hồng" })
    expect(await stockOf("VUH-1KG")).toEqual(before)

    const { body } = await medusa.api(`/store/order-groups/${placed.id}`)
    expect(body.order_group.orders[0]).toMatchObject({ stage: "cancelled", cancel_reason: "Mưa đá làm hỏng vải U hồng" })
    expect((await act(orderId, "accept")).status).toBe(400)
  })
})
