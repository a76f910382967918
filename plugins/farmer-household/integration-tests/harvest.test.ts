import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, HAI } from "./checkout-helpers.ts"
import { demoSellerToken } from "./helpers.ts"
import { dm, md, vnDay } from "./vietnam-days.ts"

// Harvest windows are set relative to today (in Việt Nam), so every case holds on any day of the year.
let medusa: TestMedusa
let buyer: Awaited<ReturnType<typeof checkout>>
let hai: string

async function listProduct(title: string, harvest: Record<string, unknown>, stock: number) {
  const res = await medusa.api("/seller/products", {
    method: "POST",
    token: hai,
    json: {
      title,
      status: "published",
      variants: [{ title: "1 kg", unit: "kg", weight_grams: 1000, price: 50000, stock }],
      ...harvest,
    },
  })
  if (res.status !== 201) throw new Error(`list ${title}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.product
}

const harvestOf = async (...ids: string[]) =>
  (await buyer.ok(`/store/harvest?${ids.map((id) => `product_id=${id}`).join("&")}`)).harvest

const addLine = (cartId: string, variantId: string, quantity: number) =>
  medusa.api(`/store/carts/${cartId}/line-items`, { method: "POST", json: { variant_id: variantId, quantity } })

/** An empty cart addressed in Việt Nam, to add lines to one by one. */
async function emptyCart() {
  const { cart } = await buyer.ok("/store/carts", { method: "POST", json: { region_id: buyer.regionId, email: "lan@example.com" } })
  return cart.id as string
}

async function readyToComplete(items: Record<string, number>) {
  const cartId = await buyer.cartWith(items)
  await buyer.chooseShipping(cartId, { [HAI]: "Giao hàng tiêu chuẩn" })
  await buyer.pay(cartId)
  return cartId
}

let later: any // next season starts in 30 days, no pre-orders
let ahead: any // pre-orders open for the season starting in 20 days, cap 5, nothing in stock
let now: any // in season (a window around today)

beforeAll(async () => {
  medusa = await startTestMedusa()
  hai = await demoSellerToken(medusa)
  later = await listProduct("Nhãn lồng Hưng Yên", { harvest_windows: [{ label: "Vụ chính", from: md(30), to: md(60) }] }, 10)
  ahead = await listProduct(
    "Xoài cát Hòa Lộc",
    {
      harvest_windows: [
        { label: "Vụ sớm", from: md(20), to: md(40) },
        { label: "Vụ chính", from: md(45), to: md(90) },
      ],
      preorder: { enabled: true, cap: 5 },
    },
    0
  )
  now = await listProduct("Bưởi Diễn", { harvest_windows: [{ label: "Vụ Tết", from: md(-5), to: md(5) }] }, 10)
  buyer = await checkout(medusa)
})
afterAll(() => medusa?.stop())

describe("the seller's harvest plan", () => {
  it("is read back with its season", async () => {
    expect(ahead).toMatchObject({
      harvest_windows: [
        { label: "Vụ sớm", from: md(20), to: md(40) },
        { label: "Vụ chính", from: md(45), to: md(90) },
      ],
      preorder: { enabled: true, cap: 5 },
      season: { state: "preorder", ships_from: vnDay(20), preorder_remaining: 5 },
    })
    expect(later).toMatchObject({ preorder: { enabled: false, cap: null }, season: { state: "out_of_season", next_season_from: vnDay(30) } })
  })

  it("refuses 29 February and pre-orders without a cap, in Vietnamese first", async () => {
    const res = await medusa.api(`/seller/products/${later.id}`, {
      method: "POST",
      token: hai,
      json: { harvest_windows: [{ label: "Vụ chính", from: "02-29", to: "03-10" }], preorder: { enabled: true } },
    })
    expect(res.status).toBe(400)
    expect(res.body.issues.map((i: any) => i.path).sort()).toEqual(["harvest_windows.0.from", "preorder.cap"])
    expect(res.body.message).toContain("Ngày không có trong mọi năm (ví dụ 31/4, 29/2) / Not a day of every year")
    expect(res.body.message).toContain("Cần số lượng nhận đặt trước tối đa mỗi mùa / A pre-order cap per season is required")
  })

  it("lets the variants be ordered beyond stock only while pre-orders are open", async () => {
    const token = await medusa.adminToken()
    const flags = async (id: string) =>
      (await buyer.ok(`/admin/products/${id}?fields=variants.allow_backorder`, { token })).product.variants.map((v: any) => v.allow_backorder)
    expect(await flags(ahead.id)).toEqual([true])
    expect(await flags(later.id)).toEqual([false])
    expect(await flags(now.id)).toEqual([false])
  })
})

describe("GET /store/harvest", () => {
  it("tells each product's season", async () => {
    const { products } = await buyer.ok("/store/products?handle=che-tan-cuong-dac-biet&fields=id")
    const tea = products[0].id
    const harvest = await harvestOf(later.id, ahead.id, now.id, tea, "prod_NOTHINGHERE")
    expect(Object.keys(harvest).sort()).toEqual([later.id, ahead.id, now.id, tea].sort())
    expect(harvest[later.id]).toEqual({
      state: "out_of_season",
      windows: [{ label: "Vụ chính", from: md(30), to: md(60) }],
      ships_from: null,
      next_season_from: vnDay(30),
      preorder_remaining: null,
    })
    expect(harvest[ahead.id]).toMatchObject({ state: "preorder", ships_from: vnDay(20), next_season_from: vnDay(20), preorder_remaining: 5 })
    expect(harvest[now.id]).toEqual({
      state: "in_season",
      windows: [{ label: "Vụ Tết", from: md(-5), to: md(5) }],
      ships_from: null,
      next_season_from: null,
      preorder_remaining: null,
    })
    expect(harvest[tea]).toEqual({ state: "year_round", windows: [], ships_from: null, next_season_from: null, preorder_remaining: null })
  })

  it("keeps the demo lychee orderable every day: in season, or a pre-order for next season", async () => {
    const { products } = await buyer.ok("/store/products?handle=vai-thieu-thanh-ha&fields=id")
    const lychee = (await harvestOf(products[0].id))[products[0].id]
    expect(["in_season", "preorder"]).toContain(lychee.state)
    if (lychee.state === "preorder") expect(lychee.ships_from).toMatch(/^\d{4}-06-01$/)
  })

  it("asks for a product id, in Vietnamese first", async () => {
    const res = await medusa.api("/store/harvest")
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/^product_id: .+ \/ /)
  })
})

describe("a cart", () => {
  it("refuses a product out of season, naming the next season", async () => {
    const cartId = await emptyCart()
    const res = await addLine(cartId, later.variants[0].id, 1)
    expect(res.status).toBe(400)
    expect(res.body.message).toBe(
      `Sản phẩm «Nhãn lồng Hưng Yên» đang hết mùa — mùa sau từ ${dm(vnDay(30))} / «Nhãn lồng Hưng Yên» is out of season — next season from ${dm(vnDay(30))}`
    )
    // Also when the cart is created with it.
    const created = await medusa.api("/store/carts", {
      method: "POST",
      json: { region_id: buyer.regionId, items: [{ variant_id: later.variants[0].id, quantity: 1 }] },
    })
    expect(created.status).toBe(400)
    expect(created.body.message).toContain("đang hết mùa")
  })

  it("takes a pre-order with nothing in stock, up to what the cap leaves", async () => {
    const cartId = await emptyCart()
    expect((await addLine(cartId, ahead.variants[0].id, 2)).status).toBe(200)
    const over = await addLine(cartId, ahead.variants[0].id, 4) // 6 in the cart, cap 5
    expect(over.status).toBe(400)
    expect(over.body.message).toMatch(/^Sản phẩm «Xoài cát Hòa Lộc» chỉ còn nhận đặt trước 5 — giao từ \d+\/\d+ \/ Only 5/)
    const { cart } = await buyer.ok(`/store/carts/${cartId}/line-items/${(await buyer.ok(`/store/carts/${cartId}`)).cart.items[0].id}`, {
      method: "POST",
      json: { quantity: 5 },
    })
    expect(cart.items[0].quantity).toBe(5)
    expect((await medusa.api(`/store/carts/${cartId}/line-items/${cart.items[0].id}`, { method: "POST", json: { quantity: 6 } })).status).toBe(400)
  })
})

describe("checking out a pre-order", () => {
  let group: any

  it("records the expected ship date on the seller's order line", async () => {
    const cartId = await readyToComplete({ [ahead.variants[0].id]: 2 })
    const res = await buyer.complete(cartId)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    group = res.body.order_group
    expect(group.orders[0].items).toEqual([
      expect.objectContaining({ title: "Xoài cát Hòa Lộc", variant_title: "1 kg", quantity: 2, preorder: true, expected_ship_date: vnDay(20) }),
    ])
    const { body } = await medusa.api("/seller/orders", { token: hai })
    const order = body.orders.find((o: any) => o.id === group.orders[0].id)
    expect(order.items).toEqual([expect.objectContaining({ quantity: 2, preorder: true, expected_ship_date: vnDay(20) })])
    expect((await harvestOf(ahead.id))[ahead.id].preorder_remaining).toBe(3)
  })

  it("marks in-season lines as no pre-order", async () => {
    const cartId = await readyToComplete({ [now.variants[0].id]: 1 })
    const { order_group } = await buyer.ok(`/store/carts/${cartId}/complete`, { method: "POST" })
    expect(order_group.orders[0].items).toEqual([expect.objectContaining({ preorder: false, expected_ship_date: null })])
  })

  it("lets only one of two checkouts fighting for the last items through", async () => {
    // 3 left: two carts of 2 each pass the cart rules, but only one can be served.
    const carts = [await readyToComplete({ [ahead.variants[0].id]: 2 }), await readyToComplete({ [ahead.variants[0].id]: 2 })]
    const results = await Promise.all(carts.map((id) => buyer.complete(id)))
    expect(results.map((r) => r.status).sort()).toEqual([200, 400])
    const refused = results.find((r) => r.status === 400)!
    expect(refused.body.message).toMatch(/^Sản phẩm «Xoài cát Hòa Lộc» chỉ còn nhận đặt trước 1 — giao từ/)
    expect(refused.body.cart.completed_at).toBeNull()
    expect((await harvestOf(ahead.id))[ahead.id].preorder_remaining).toBe(1)
  })

  it("is out of season once the cap is reached, until a cancellation frees its items", async () => {
    const cartId = await readyToComplete({ [ahead.variants[0].id]: 1 })
    await buyer.ok(`/store/carts/${cartId}/complete`, { method: "POST" })
    expect((await harvestOf(ahead.id))[ahead.id]).toMatchObject({ state: "out_of_season", preorder_remaining: 0, next_season_from: vnDay(20) })
    const refused = await addLine(await emptyCart(), ahead.variants[0].id, 1)
    expect(refused.status).toBe(400)
    expect(refused.body.message).toMatch(/đã nhận đủ đặt trước mùa này — mùa sau từ/)

    const cancelled = await medusa.api(`/seller/orders/${group.orders[0].id}/cancel`, {
      method: "POST",
      token: hai,
      json: { reason: "Xoài ra hoa muộn" },
    })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    await expect.poll(async () => (await harvestOf(ahead.id))[ahead.id].preorder_remaining, { timeout: 10_000 }).toBe(2)
  })
})
