// 200 buyers, 10 boxes: the sell-out race of a popular lychee variant, through real carts and
// real HTTP. Nothing may be oversold and the 190 who lose must hear "hết hàng", not a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../src/testing/medusa.ts"
import { caseReport } from "./report.ts"
import { checkout, lycheeVariant, ordersOf, readyCarts, stockOf } from "./shop.ts"

const BUYERS = 200
const BOXES = 10

describe("the last boxes of a lychee variant", () => {
  let medusa: TestMedusa
  beforeAll(async () => {
    medusa = await startTestMedusa()
  })
  afterAll(async () => {
    await medusa?.stop()
  })

  it(`sells exactly ${BOXES} to ${BUYERS} concurrent buyers and tells the rest it is sold out`, async () => {
    const report = caseReport("last boxes")
    const variantId = await lycheeVariant(medusa, BOXES, "VT-LAST-10")
    const buyer = await checkout(medusa)
    // Every buyer has a cart ready to complete (one box, delivery chosen, cash on delivery), as
    // if they all put the box in their cart before it sold out.
    const preparing = Date.now()
    const carts = (await readyCarts(medusa, variantId, BUYERS)).map((c) => c.cartId)
    report.tried(`${BUYERS} carts made ready in ${((Date.now() - preparing) / 1000).toFixed(1)} s`)
    report.tried(`${BUYERS} carts with one box each complete at the same moment; ${BOXES} boxes in stock`)

    // Watches the stock while the race runs: it may never go below zero.
    let watching = true
    let lowest = Infinity
    const watcher = (async () => {
      while (watching) {
        const { stocked, reserved } = await stockOf(medusa.databaseUrl, variantId)
        lowest = Math.min(lowest, stocked - reserved)
        await new Promise((r) => setTimeout(r, 50))
      }
    })()
    const started = Date.now()
    const answers = await Promise.all(carts.map((id) => buyer.complete(id)))
    watching = false
    await watcher

    const sold = answers.filter((a) => a.status === 200 && a.body.type === "order_group")
    const refused = answers.filter((a) => a.status >= 400 && a.status < 500)
    const counts = new Map<number, number>()
    for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1)
    const statuses = [...counts].map(([status, n]) => `${status}×${n}`)
    report.tried(`answers in ${((Date.now() - started) / 1000).toFixed(1)} s: ${statuses.join(", ")}`)
    expect(answers.filter((a) => a.status >= 500), "no buyer gets a 5xx").toEqual([])
    expect(sold).toHaveLength(BOXES)
    expect(refused).toHaveLength(BUYERS - BOXES)
    for (const { body } of refused) {
      expect(body.message).toMatch(/^Hết hàng.* \/ Out of stock/)
    }
    report.held(`${sold.length} orders placed, ${refused.length} buyers told "${refused[0]!.body.message}"`)

    const stock = await stockOf(medusa.databaseUrl, variantId)
    const orders = await ordersOf(medusa.databaseUrl, variantId)
    expect(orders).toEqual({ orders: BOXES, quantity: BOXES })
    expect(stock).toEqual({ stocked: BOXES, reserved: BOXES })
    expect(lowest).toBeGreaterThanOrEqual(0)
    report.held(`database: ${orders.orders} orders for ${orders.quantity} boxes, ${stock.reserved} of ${stock.stocked} reserved, available stock never below ${lowest}`)

    // A latecomer adding the box to a new cart is refused at once, also with "Hết hàng" first.
    const late = await medusa.api("/store/carts", { method: "POST", json: { region_id: buyer.regionId, items: [{ variant_id: variantId, quantity: 1 }] } })
    report.tried(`a latecomer creates a cart with the sold-out box: ${late.status} ${late.body.message}`)
    expect(late.status).toBeGreaterThanOrEqual(400)
    expect(late.status).toBeLessThan(500)
    expect(late.body.message).toMatch(/^Hết hàng/)
  })
})
