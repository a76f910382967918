// A cart completion cut off by kill -9 leaves what its steps committed and compensates nothing.
// Each case leaves the rows a run killed at one point would leave (a completed run taken back to
// that point in the database), then completes the cart again as the storefront does.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { withClient } from "../../../infra/src/database.ts"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"
import { checkout, CHE, HAI } from "./checkout-helpers.ts"
import { demoSellerToken } from "./helpers.ts"

const STANDARD = "Giao hàng tiêu chuẩn"

let medusa: TestMedusa
let buyer: Awaited<ReturnType<typeof checkout>>

beforeAll(async () => {
  medusa = await startTestMedusa()
  buyer = await checkout(medusa)
})
afterAll(() => medusa?.stop())

const db = async <T = any,>(text: string, values: unknown[] = []) => (await withClient(medusa.databaseUrl, (c) => c.query(text, values))).rows as T[]

/** Boxes of a SKU reserved, over all locations. */
async function reserved(sku: string) {
  const [row] = await db<{ n: number }>(
    `SELECT coalesce(sum(l.reserved_quantity), 0)::int AS n FROM inventory_item i JOIN inventory_level l ON l.inventory_item_id = i.id AND l.deleted_at IS NULL
      WHERE i.sku = $1 AND i.deleted_at IS NULL`,
    [sku]
  )
  return row!.n
}

/** Which of these orders still exist. */
const existing = async (orderIds: string[]) => (await db<{ id: string }>(`SELECT id FROM "order" WHERE id = ANY($1) AND deleted_at IS NULL`, [orderIds])).map((r) => r.id)

async function paymentsOf(cartId: string) {
  return db<{ id: string; captures: number }>(
    `SELECT p.id, (SELECT count(*)::int FROM capture k WHERE k.payment_id = p.id AND k.deleted_at IS NULL) AS captures
       FROM cart_payment_collection cpc JOIN payment p ON p.payment_collection_id = cpc.payment_collection_id AND p.deleted_at IS NULL
      WHERE cpc.cart_id = $1 AND cpc.deleted_at IS NULL`,
    [cartId]
  )
}

async function placedCart(items: Record<string, number>, shipping: Record<string, string>) {
  const cartId = await buyer.cartWith(items)
  await buyer.chooseShipping(cartId, shipping)
  await buyer.pay(cartId)
  const res = await buyer.complete(cartId)
  expect(res.body.type).toBe("order_group")
  return { cartId, group: res.body.order_group }
}

/** The completion's last step not done: the group back to pending. */
const unplace = (groupId: string) => db(`UPDATE order_group SET status = 'pending' WHERE id = $1`, [groupId])

async function completeAgain(cartId: string, groupId: string, oldOrderIds: string[]) {
  const res = await buyer.complete(cartId)
  expect(res.status).toBe(200)
  expect(res.body.type).toBe("order_group")
  const group = res.body.order_group
  expect(group.id).toBe(groupId)
  expect(await existing(oldOrderIds)).toEqual([])
  const [row] = await db<{ status: string; orders: number }>(
    `SELECT g.status, (SELECT count(*)::int FROM ordergroup_order_group_order_order l WHERE l.order_group_id = g.id AND l.deleted_at IS NULL) AS orders
       FROM order_group g WHERE g.id = $1`,
    [groupId]
  )
  expect(row).toEqual({ status: "placed", orders: group.orders.length })
  return group
}

describe("a cart completion cut off by a killed process", () => {
  it("killed after the payment was authorized, before the group was placed: hidden, then placed again with new orders, reserved and paid once", async () => {
    const before = { lychee: await reserved("VTTH-1KG"), tea: await reserved("CTC-200G") }
    const { cartId, group } = await placedCart({ "VTTH-1KG": 2, "CTC-200G": 1 }, { [HAI]: STANDARD, [CHE]: STANDARD })
    const old = group.orders.map((o: any) => o.id)
    const haiOrder = group.orders.find((o: any) => o.seller.name === HAI).id
    await unplace(group.id)

    // Not a purchase while pending: neither the buyer nor the seller sees it.
    expect((await medusa.api(`/store/order-groups/${group.id}`)).status).toBe(404)
    const token = await demoSellerToken(medusa)
    const inbox = async () => (await medusa.api("/seller/orders", { token })).body.orders.map((o: any) => o.id)
    expect(await inbox()).not.toContain(haiOrder)

    const again = await completeAgain(cartId, group.id, old)
    expect(again.orders.map((o: any) => o.seller.name).sort()).toEqual([CHE, HAI].sort())
    expect(again.total).toBe(group.total)
    expect({ lychee: await reserved("VTTH-1KG"), tea: await reserved("CTC-200G") }).toEqual({ lychee: before.lychee + 2, tea: before.tea + 1 })
    // Authorized by the cut-off run; the redo's authorization is the same payment.
    expect(await paymentsOf(cartId)).toHaveLength(1)
    expect((await medusa.api(`/store/order-groups/${group.id}`)).status).toBe(200)
    expect(await inbox()).toContain(again.orders.find((o: any) => o.seller.name === HAI).id)
    // Once placed, a further completion returns the group as it is.
    const third = await buyer.complete(cartId)
    expect(third.body.order_group.orders.map((o: any) => o.id).sort()).toEqual(again.orders.map((o: any) => o.id).sort())
  })

  it("killed after the orders were made and reserved, before they were linked: the orders and their reservations are undone, the cart split again", async () => {
    const before = await reserved("VTTH-1KG")
    const { cartId, group } = await placedCart({ "VTTH-1KG": 1 }, { [HAI]: STANDARD })
    const old = group.orders.map((o: any) => o.id)
    await unplace(group.id)
    // Nothing linked the orders yet, nor completed the cart. (The payment stays authorized:
    // recovery never reads it, and the redo's authorization is idempotent.)
    for (const table of ["ordergroup_order_group_order_order", "seller_seller_order_order", "order_cart"]) {
      await db(`UPDATE ${table} SET deleted_at = now() WHERE order_id = ANY($1)`, [old])
    }
    await db(`UPDATE ordergroup_order_group_payment_payment_collection SET deleted_at = now() WHERE order_group_id = $1`, [group.id])
    await db(`UPDATE cart SET completed_at = NULL WHERE id = $1`, [cartId])
    expect(await reserved("VTTH-1KG")).toBe(before + 1)

    const again = await completeAgain(cartId, group.id, old)
    expect(again.orders).toHaveLength(1)
    expect(again.payment_collection?.id).toBeTruthy()
    expect(await reserved("VTTH-1KG")).toBe(before + 1)
    expect(await paymentsOf(cartId)).toHaveLength(1)
  })

  it("killed right after the group was begun: the cart is split into that group", async () => {
    const cartId = await buyer.cartWith({ "CTC-200G": 2 })
    await buyer.chooseShipping(cartId, { [CHE]: STANDARD })
    await buyer.pay(cartId)
    const [begun] = await db<{ id: string }>(
      `INSERT INTO order_group (id, cart_id, currency_code, status, total, raw_total) VALUES ('ogrp_cutoff' || substr(md5(random()::text), 1, 16), $1, 'vnd', 'pending', 0, '{"value":"0","precision":20}') RETURNING id`,
      [cartId]
    )
    const again = await completeAgain(cartId, begun!.id, [])
    expect(again.orders).toHaveLength(1)
    expect(again.total).toBeGreaterThan(0)
  })
})
