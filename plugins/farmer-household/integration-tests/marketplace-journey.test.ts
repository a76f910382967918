// Issue 3's acceptance in one journey over real HTTP: a household registers, the operator
// approves it, it lists produce; a buyer orders from it and from another farm in one cart; each
// seller sees and ships only its own order; the buyer follows both.
import { afterAll, beforeAll, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, HAI } from "./checkout-helpers.ts"
import { demoSellerToken, registerSeller } from "./helpers.ts"

let medusa: TestMedusa
beforeAll(async () => {
  medusa = await startTestMedusa()
})
afterAll(() => medusa?.stop())

it("registration → approval → listing → a two-seller cart → two seller orders → each seller ships", async () => {
  const { seller, token: lan } = await registerSeller(medusa, "0977 111 222", { name: "Hộ bà Trần Thị Lan" })
  const approved = await medusa.api(`/admin/sellers/${seller.id}/status`, {
    method: "POST",
    token: await medusa.adminToken(),
    json: { action: "approve" },
  })
  expect(approved.body.seller.status).toBe("approved")

  const listed = await medusa.api("/seller/products", {
    method: "POST",
    token: lan,
    json: {
      title: "Vải thiều Thanh Hà loại 1",
      status: "published",
      variants: [{ title: "Hộp 5 kg", unit: "box", unit_quantity: 5, weight_grams: 5200, price: 230000, stock: 20, sku: "LAN-VT-5KG" }],
    },
  })
  expect(listed.status).toBe(201)

  const buyer = await checkout(medusa) // reads the catalogue now, with Lan's new product in it
  const group = await buyer.placeOrder(
    { "LAN-VT-5KG": 2, "VTTH-1KG": 3 },
    { "Hộ bà Trần Thị Lan": "Giao nhanh", [HAI]: "Giao hàng tiêu chuẩn" }
  )
  expect(group.orders).toHaveLength(2)
  expect(group.total).toBe(2 * 230000 + 55000 + 3 * 45000 + 30000)

  const hai = await demoSellerToken(medusa)
  for (const [token, title, carrier] of [
    [lan, "Vải thiều Thanh Hà loại 1", "Giao Hàng Nhanh"],
    [hai, "Vải thiều Thanh Hà", "Viettel Post"],
  ] as const) {
    const { body } = await medusa.api("/seller/orders", { token })
    expect(body.orders).toHaveLength(1)
    const [order] = body.orders
    expect(order.items.map((i: { title: string }) => i.title)).toEqual([title])
    for (const [action, json] of [["accept"], ["pack"], ["ship", { carrier, tracking_number: `${carrier.slice(0, 3).toUpperCase()}0001` }]] as const) {
      const res = await medusa.api(`/seller/orders/${order.id}/${action}`, { method: "POST", token, json: json ?? {} })
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200)
    }
  }

  const { body } = await medusa.api(`/store/order-groups/${group.id}`)
  expect(body.order_group.orders.map((o: any) => [o.seller.name, o.stage, o.carrier]).sort()).toEqual(
    [
      ["Hộ bà Trần Thị Lan", "shipped", "Giao Hàng Nhanh"],
      [HAI, "shipped", "Viettel Post"],
    ].sort()
  )
})
