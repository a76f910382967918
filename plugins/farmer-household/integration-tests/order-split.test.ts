import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { withClient } from "../../../infra/src/database.ts"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, CHE, HAI } from "./checkout-helpers.ts"

type Checkout = Awaited<ReturnType<typeof checkout>>

// A buyer's cart with produce of several sellers, completed through Medusa's own store API.
let medusa: TestMedusa
let ok: Checkout["ok"], cartWith: Checkout["cartWith"], chooseShipping: Checkout["chooseShipping"], pay: Checkout["pay"], complete: Checkout["complete"]

beforeAll(async () => {
  medusa = await startTestMedusa()
  ;({ ok, cartWith, chooseShipping, pay, complete } = await checkout(medusa))
})
afterAll(() => medusa?.stop())

async function orderCount() {
  const { count } = await ok("/admin/orders?limit=1&fields=id", { token: await medusa.adminToken() })
  return count as number
}

async function groupsOf(cartId: string) {
  const { rows } = await withClient(medusa.databaseUrl, (c) => c.query("select id from order_group where cart_id = $1", [cartId]))
  return rows.length
}

async function reservedStock(sku: string) {
  const { inventory_items } = await ok(`/admin/inventory-items?sku=${sku}&fields=id,location_levels.reserved_quantity`, {
    token: await medusa.adminToken(),
  })
  return inventory_items[0].location_levels.reduce((sum: number, l: any) => sum + l.reserved_quantity, 0)
}

async function reservedFor(lineItemIds: string[]) {
  const { reservations } = await ok(`/admin/reservations?limit=100&${lineItemIds.map((id) => `line_item_id[]=${id}`).join("&")}`, {
    token: await medusa.adminToken(),
  })
  return reservations.map((r: any) => ({ line_item_id: r.line_item_id, quantity: r.quantity }))
}

describe("a cart with two sellers' produce", () => {
  let cartId: string
  let first: any

  beforeAll(async () => {
    cartId = await cartWith({ "VTTH-1KG": 2, "CTC-200G": 1 })
    // Each seller's own choice: standard delivery for the lychee, express for the tea.
    await chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn", [CHE]: "Giao nhanh" })
    await pay(cartId)
  })

  it("offers each seller its own delivery options and keeps one choice per seller", async () => {
    const { sellers } = await ok(`/store/carts/${cartId}/seller-shipping-options`)
    expect(sellers.map((s: any) => s.seller.name).sort()).toEqual([CHE, HAI].sort())
    for (const s of sellers) {
      expect(s.shipping_options.map((o: any) => [o.name, o.amount]).sort()).toEqual([
        ["Giao hàng tiêu chuẩn", 30000],
        ["Giao nhanh", 55000],
      ])
    }
    const chosen = Object.fromEntries(sellers.map((s: any) => [s.seller.name, s.shipping_method?.name]))
    expect(chosen).toEqual({ [HAI]: "Giao hàng tiêu chuẩn", [CHE]: "Giao nhanh" })
    const { cart } = await ok(`/store/carts/${cartId}`)
    // 2 × 45.000 + 120.000 of produce, 30.000 + 55.000 of delivery.
    expect(cart.total).toBe(295000)
  })

  it("completes into one order per seller, each with its items, delivery and total, in one group", async () => {
    const before = await orderCount()
    const res = await complete(cartId)
    expect(res.status).toBe(200)
    expect(res.body.type).toBe("order_group")
    first = res.body.order_group
    expect(first.id).toMatch(/^ogrp_/)
    expect(first).toMatchObject({ cart_id: cartId, email: "lan@example.com", currency_code: "vnd", total: 295000 })
    expect(Number.isInteger(first.display_id)).toBe(true)
    expect(await orderCount()).toBe(before + 2)

    const bySeller = Object.fromEntries(first.orders.map((o: any) => [o.seller.name, o]))
    expect(Object.keys(bySeller).sort()).toEqual([CHE, HAI].sort())
    const hai = bySeller[HAI]
    expect(hai.items.map((i: any) => [i.variant_sku, i.quantity, i.unit_price])).toEqual([["VTTH-1KG", 2, 45000]])
    expect(hai.shipping_methods.map((m: any) => [m.name, m.amount])).toEqual([["Giao hàng tiêu chuẩn", 30000]])
    expect(hai).toMatchObject({ status: "pending", item_total: 90000, shipping_total: 30000, total: 120000 })
    const che = bySeller[CHE]
    expect(che.items.map((i: any) => [i.variant_sku, i.quantity, i.unit_price])).toEqual([["CTC-200G", 1, 120000]])
    expect(che.shipping_methods.map((m: any) => [m.name, m.amount])).toEqual([["Giao nhanh", 55000]])
    expect(che).toMatchObject({ status: "pending", item_total: 120000, shipping_total: 55000, total: 175000 })
    for (const o of first.orders) expect(Number.isInteger(o.total)).toBe(true)
    expect(hai.total + che.total).toBe(first.total)

    // Paid once, for the group: the cart's one payment, authorized for the whole amount.
    expect(first.payment_collection).toMatchObject({ status: "authorized", amount: 295000, authorized_amount: 295000 })
  })

  it("reserves each seller's stock for its order and marks the cart completed", async () => {
    const items = first.orders.flatMap((o: any) => o.items)
    const reserved = await reservedFor(items.map((i: any) => i.id))
    expect(reserved.sort((a: any, b: any) => a.quantity - b.quantity)).toEqual(
      [...items].sort((a: any, b: any) => a.quantity - b.quantity).map((i: any) => ({ line_item_id: i.id, quantity: i.quantity }))
    )
    const { cart } = await ok(`/store/carts/${cartId}?fields=completed_at`)
    expect(cart.completed_at).toBeTruthy()
  })

  it("links each order to its seller and its cart, for Medusa Admin and Medusa's payment flows", async () => {
    const token = await medusa.adminToken()
    for (const o of first.orders) {
      const { order } = await ok(`/admin/orders/${o.id}?fields=id,seller.name,cart.id,email`, { token })
      expect(order).toMatchObject({ seller: { name: o.seller.name }, cart: { id: cartId }, email: "lan@example.com" })
    }
  })

  it("answers the same group when the cart is completed again", async () => {
    const before = await orderCount()
    const res = await complete(cartId)
    expect(res.status).toBe(200)
    expect(res.body.order_group.id).toBe(first.id)
    expect(res.body.order_group.orders.map((o: any) => o.id)).toEqual(first.orders.map((o: any) => o.id))
    expect(await orderCount()).toBe(before)
  })

  it("shows the group to whoever holds its id when the buyer was a guest", async () => {
    const { order_group } = await ok(`/store/order-groups/${first.id}`)
    expect(order_group).toEqual(first)
    const missing = await medusa.api("/store/order-groups/ogrp_01NOTHINGHERE0000000000000")
    expect(missing.status).toBe(404)
    expect(missing.body.message).toMatch(/Không tìm thấy .* \/ .*not found/)
  })
})

describe("completing one cart ten times at once", () => {
  it("creates one group and one order per seller", async () => {
    const cartId = await cartWith({ "VUH-1KG": 1, "VTLN-1KG": 3 })
    await chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn", "HTX Nông sản Lục Ngạn": "Giao hàng tiêu chuẩn" })
    await pay(cartId)
    const before = await orderCount()
    const results = await Promise.all(Array.from({ length: 10 }, () => complete(cartId)))
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200))
    const groupIds = new Set(results.map((r) => r.body.order_group?.id))
    expect(groupIds.size).toBe(1)
    expect(await groupsOf(cartId)).toBe(1)
    expect([...groupIds][0]).toMatch(/^ogrp_/)
    expect(await orderCount()).toBe(before + 2)
    const group = results[0].body.order_group
    // 60.000 + 3 × 40.000 of produce, 2 × 30.000 of delivery.
    expect(group.total).toBe(240000)
    const items = group.orders.flatMap((o: any) => o.items)
    expect(await reservedFor(items.map((i: any) => i.id))).toHaveLength(2)
  })
})

describe("a cart that cannot be completed", () => {
  it("refuses a cart without delivery chosen for one seller, with a clear message, and writes nothing", async () => {
    const cartId = await cartWith({ "VTTH-5KG": 1, "CTC-500G": 1 })
    await chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn" })
    await pay(cartId)
    const before = await orderCount()
    const res = await complete(cartId)
    expect(res.status).toBe(400)
    expect(res.body.type).toBe("cart")
    expect(res.body.message).toBe(`Chưa chọn cách giao hàng cho người bán «${CHE}» / No shipping method chosen for seller «${CHE}»`)
    expect(res.body.error.message).toBe(res.body.message)
    expect(res.body.cart.completed_at).toBeNull()
    expect(await orderCount()).toBe(before)
    expect(await groupsOf(cartId)).toBe(0)

    // Choosing delivery changes the total, so Medusa drops the payment session: the buyer
    // chooses payment again, and the same cart goes through.
    await chooseShipping(cartId, { [CHE]: "Giao hàng tiêu chuẩn" })
    const unpaid = await complete(cartId)
    expect(unpaid.status).toBe(400)
    expect(unpaid.body.message).toBe("Chưa chọn cách thanh toán / No payment method chosen")
    await pay(cartId)
    const retry = await complete(cartId)
    expect(retry.status).toBe(200)
    expect(retry.body.order_group.total).toBe(210000 + 280000 + 2 * 30000)
  })

  it("answers 404, not an error page, for a cart that does not exist", async () => {
    const res = await complete("cart_01NOTHINGHERE0000000000000")
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ type: "cart", message: expect.stringContaining("Không thể đặt hàng / Could not place the order") })
  })

  it("refuses a delivery option of a seller with nothing in the cart", async () => {
    const cartId = await cartWith({ "VTTH-1KG": 1 })
    const { shipping_options } = await ok(`/store/shipping-options?cart_id=${cartId}&fields=id,name,shipping_profile_id`)
    const { sellers } = await ok(`/store/carts/${cartId}/seller-shipping-options`)
    const own = new Set(sellers[0].shipping_options.map((o: any) => o.id))
    const foreign = shipping_options.find((o: any) => !own.has(o.id))
    const res = await medusa.api(`/store/carts/${cartId}/shipping-methods`, { method: "POST", json: { option_id: foreign.id } })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/thuộc người bán không có hàng trong giỏ \/ .* belongs to a seller with nothing in the cart/)
  })

  it("refuses a cart whose stock another buyer took first, and undoes every seller's order", async () => {
    // 30 one-litre bottles in stock: two carts of 20 each cannot both be served.
    const a = await cartWith({ "MOBH-1L": 20 })
    const b = await cartWith({ "NCTH-10": 2, "MOBH-1L": 20 })
    await chooseShipping(a, { "Hộ bà Lò Thị Mai": "Giao hàng tiêu chuẩn" })
    await chooseShipping(b, { "Hộ bà Lò Thị Mai": "Giao hàng tiêu chuẩn", "Hộ bà Lê Thị Hoa": "Giao hàng tiêu chuẩn" })
    await pay(a)
    await pay(b)
    expect((await complete(a)).status).toBe(200)
    const before = await orderCount()
    const res = await complete(b)
    expect(res.status).toBe(400)
    expect(res.body.message).toBe("Hết hàng: không đủ hàng trong kho cho một số sản phẩm / Out of stock: some items are no longer available")
    expect(await orderCount()).toBe(before)
    expect(await groupsOf(b)).toBe(0)
    const { cart } = await ok(`/store/carts/${b}?fields=completed_at`)
    expect(cart.completed_at).toBeNull()
    // Only the first buyer's 20 bottles are held.
    expect(await reservedStock("MOBH-1L")).toBe(20)
    expect(await reservedStock("NCTH-10")).toBe(0)
  })
})

describe("a registered buyer's group", () => {
  it("answers only to that buyer", async () => {
    const credentials = { email: "binh@example.com", password: "mat-khau-123" }
    const registered = await ok("/auth/customer/emailpass/register", { method: "POST", json: credentials })
    await ok("/store/customers", { method: "POST", token: registered.token, json: { email: credentials.email, first_name: "Bình" } })
    const { token } = await ok("/auth/customer/emailpass", { method: "POST", json: credentials })

    const cartId = await cartWith({ "VTTH-1KG": 1 }, token)
    await chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn" })
    await pay(cartId)
    const { order_group } = await ok(`/store/carts/${cartId}/complete`, { method: "POST" })
    expect(order_group).toMatchObject({ email: credentials.email, total: 75000 })

    expect((await medusa.api(`/store/order-groups/${order_group.id}`, { token })).status).toBe(200)
    expect((await medusa.api(`/store/order-groups/${order_group.id}`)).status).toBe(404)
  })
})

describe("a promotion on a two-seller cart", () => {
  it("discounts each seller's order by its share, and the group still totals what is paid", async () => {
    const token = await medusa.adminToken()
    await ok("/admin/promotions", {
      method: "POST",
      token,
      json: {
        code: "MUAVAI10",
        type: "standard",
        status: "active",
        application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, currency_code: "vnd" },
      },
    })
    const cartId = await cartWith({ "VTTH-1KG": 2, "CTC-200G": 1 })
    await ok(`/store/carts/${cartId}/promotions`, { method: "POST", json: { promo_codes: ["MUAVAI10"] } })
    await chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn", [CHE]: "Giao hàng tiêu chuẩn" })
    await pay(cartId)
    const { order_group } = await ok(`/store/carts/${cartId}/complete`, { method: "POST" })
    const bySeller = Object.fromEntries(order_group.orders.map((o: any) => [o.seller.name, o]))
    // 10% off 90.000 and off 120.000 of produce; delivery is not discounted.
    expect(bySeller[HAI]).toMatchObject({ discount_total: 9000, total: 81000 + 30000 })
    expect(bySeller[CHE]).toMatchObject({ discount_total: 12000, total: 108000 + 30000 })
    expect(order_group.total).toBe(111000 + 138000)
    expect(order_group.payment_collection.amount).toBe(order_group.total)
    for (const o of order_group.orders) {
      const { order } = await ok(`/admin/orders/${o.id}?fields=id,promotions.code`, { token })
      expect(order.promotions.map((p: any) => p.code)).toEqual(["MUAVAI10"])
    }
  })
})

describe("a product listed for a seller", () => {
  it("ships under the seller's own profile, whatever profile the request named", async () => {
    const token = await medusa.adminToken()
    const { shipping_profiles } = await ok("/admin/shipping-profiles?limit=50&fields=id,name", { token })
    const profile = (handle: string) => shipping_profiles.find((p: any) => p.name === `Người bán ${handle}`)
    const { sellers } = await ok("/store/sellers")
    const mai = sellers.find((s: any) => s.handle === "ho-lo-thi-mai")
    const { product } = await ok("/admin/products", {
      method: "POST",
      token,
      json: {
        title: "Mật ong hoa nhãn",
        shipping_profile_id: profile("ho-nguyen-van-hai").id,
        options: [{ title: "Quy cách", values: ["Chai 500 ml"] }],
        variants: [{ title: "Chai 500 ml", options: { "Quy cách": "Chai 500 ml" }, prices: [{ currency_code: "vnd", amount: 200000 }] }],
        additional_data: { seller_id: mai.id },
      },
    })
    const fetched = await ok(`/admin/products/${product.id}?fields=id,shipping_profile.id`, { token })
    expect(fetched.product.shipping_profile.id).toBe(profile("ho-lo-thi-mai").id)
    // The profile named in the request was let go, not kept beside the seller's.
    const { rows } = await withClient(medusa.databaseUrl, (c) =>
      c.query("select shipping_profile_id from product_shipping_profile where product_id = $1 and deleted_at is null", [product.id])
    )
    expect(rows).toEqual([{ shipping_profile_id: profile("ho-lo-thi-mai").id }])
  })
})
