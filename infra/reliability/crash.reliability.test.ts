// kill -9 of the backend while buyers complete carts and VNPay confirms payments, then a restart
// on the same database and the clients' retries: every cart ends with exactly one placed order
// group holding exactly its order, no order is left outside a group, the stock reserved is
// exactly what the placed orders hold, every paid VNPay session has exactly one payment and one
// capture, and VNPay's retried IPN is answered 00 or 02. The kill lands wherever the 40
// operations happen to be: the case prints which cut-off states the restart had to recover.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createTestDatabase, serveTestMedusa, type TestMedusa } from "../src/testing/medusa.ts"
import { killGroupNow, type Managed } from "../src/processes.ts"
import { ipnFor, SECRET, VNPAY } from "../../plugins/payment-vnpay/integration-tests/vnpay-helpers.ts"
import { caseReport } from "./report.ts"
import { checkout, lycheeVariant, ordersOf, pooled, readyCarts, sql, stockOf } from "./shop.ts"

const COD_CARTS = 20
const VNPAY_CARTS = 20
const ENV = { VNPAY_HASH_SECRET: SECRET }

describe("kill -9 in the middle of checkouts and IPNs", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>
  let medusa: (TestMedusa & { managed: Managed }) | undefined
  beforeAll(async () => {
    database = await createTestDatabase()
    medusa = await serveTestMedusa(database.databaseUrl, ENV)
  })
  afterAll(async () => {
    await medusa?.stop()
    await database?.drop()
  })

  it("loses no order and no payment, duplicates none, and leaves nothing reserved by a cut-off order", async () => {
    const report = caseReport("crash")
    const variantId = await lycheeVariant(medusa!, 1000, "VT-CRASH")
    const start = new Date()
    const cod = (await readyCarts(medusa!, variantId, COD_CARTS)).map((c) => c.cartId)
    const online = (await readyCarts(medusa!, variantId, VNPAY_CARTS, VNPAY)).map(({ cartId, session }) => ({
      cartId,
      sessionId: session.id as string,
      ipn: ipnFor(new URL(session.data.pay_url as string)),
    }))

    // All at once, and the process group killed as soon as the first of them has been answered:
    // the rest are somewhere between their first step and their last.
    const first = medusa!
    let answered = 0
    let firstAnswer!: () => void
    const firstAnswered = new Promise<void>((r) => (firstAnswer = r))
    const attempt = <T,>(call: () => Promise<T>) =>
      call().then(
        (value) => ((answered += 1), firstAnswer(), value),
        () => undefined
      )
    const completions = cod.map((id) => attempt(() => first.api(`/store/carts/${id}/complete`, { method: "POST" })))
    const ipns = online.map((o) => attempt(() => first.api(`/hooks/vnpay/ipn?${o.ipn}`)))
    await firstAnswered
    await killGroupNow(first.managed)
    const before = await Promise.all([...completions, ...ipns])
    report.tried(
      `${COD_CARTS} cart completions and ${VNPAY_CARTS} signed paid IPNs at once, kill -9 after the first answer: ${before.filter(Boolean).length} answered, ${before.filter((a) => !a).length} cut off`
    )

    const carts = [...cod, ...online.map((o) => o.cartId)]
    const cutOff = await cutOffStates(database.databaseUrl, carts)
    report.tried(`the kill left ${cutOff.total} pending groups: ${cutOff.summary || "none"}; ${cutOff.ipnRecordedOnly} paid IPNs recorded without an authorized payment`)

    medusa = await serveTestMedusa(database.databaseUrl, ENV)
    const buyer = await checkout(medusa)
    // The storefront completes again; VNPay retries its IPN until it reads 00 or 02.
    const retried = await pooled(cod, 6, (id) => buyer.complete(id))
    const retriedIpns = await pooled(online, 6, async (o) => (await medusa!.api(`/hooks/vnpay/ipn?${o.ipn}`)).body)
    report.tried(`restarted on the same database; every completion and IPN retried`)
    expect(retried.map((r) => r.body.type)).toEqual(cod.map(() => "order_group"))
    for (const answer of retriedIpns) expect(["00", "02"]).toContain(answer.RspCode)
    report.held(
      `completions retried: ${retried.length}× order_group; IPNs retried: ${retriedIpns.filter((a) => a.RspCode === "00").length}× 00, ${retriedIpns.filter((a) => a.RspCode === "02").length}× 02`
    )

    // Every cart: one placed group with exactly its one order (one seller) linked to it.
    const perCart = await sql<{ cart_id: string; groups: number; placed: number; orders: number; grouped: number }>(
      database.databaseUrl,
      `SELECT c.id AS cart_id,
              (SELECT count(*)::int FROM order_group g WHERE g.cart_id = c.id AND g.deleted_at IS NULL) AS groups,
              (SELECT count(*)::int FROM order_group g WHERE g.cart_id = c.id AND g.deleted_at IS NULL AND g.status = 'placed') AS placed,
              (SELECT count(*)::int FROM order_cart oc JOIN "order" o ON o.id = oc.order_id AND o.deleted_at IS NULL
                WHERE oc.cart_id = c.id AND oc.deleted_at IS NULL) AS orders,
              (SELECT count(*)::int FROM order_group g
                 JOIN ordergroup_order_group_order_order l ON l.order_group_id = g.id AND l.deleted_at IS NULL
                 JOIN "order" o ON o.id = l.order_id AND o.deleted_at IS NULL
                 JOIN order_cart oc ON oc.order_id = o.id AND oc.cart_id = c.id AND oc.deleted_at IS NULL
                WHERE g.cart_id = c.id AND g.deleted_at IS NULL) AS grouped
         FROM unnest($1::text[]) AS c(id)`,
      [carts]
    )
    expect(perCart.filter((c) => c.groups !== 1 || c.placed !== 1 || c.orders !== 1 || c.grouped !== 1)).toEqual([])
    report.held(`${carts.length} carts: each has exactly one placed order group holding exactly its one order`)

    // No ghost: every order made since the case began is in a placed group (orders carry their
    // group's id from the moment they are made, so even one never linked would be found).
    const ghosts = await sql<{ id: string; group_id: string | null }>(
      database.databaseUrl,
      `SELECT o.id, o.metadata->>'order_group_id' AS group_id FROM "order" o
        WHERE o.created_at >= $1 AND o.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM ordergroup_order_group_order_order l JOIN order_group g ON g.id = l.order_group_id AND g.status = 'placed' AND g.deleted_at IS NULL
                           WHERE l.order_id = o.id AND l.deleted_at IS NULL AND g.id = o.metadata->>'order_group_id')`,
      [start]
    )
    expect(ghosts).toEqual([])
    const placed = await ordersOf(database.databaseUrl, variantId)
    const stock = await stockOf(database.databaseUrl, variantId)
    expect(placed).toEqual({ orders: carts.length, quantity: carts.length })
    expect(stock.reserved).toBe(placed.quantity)
    report.held(`no order outside a placed group; ${stock.reserved} boxes reserved = ${placed.quantity} boxes in the ${placed.orders} placed orders`)

    const payments = await sql<{ session: string; payments: number; captures: number; captured: number; amount: number }>(
      database.databaseUrl,
      `SELECT s.id AS session, s.amount::int AS amount,
              (SELECT count(*)::int FROM payment p WHERE p.payment_session_id = s.id AND p.deleted_at IS NULL) AS payments,
              (SELECT count(*)::int FROM capture k JOIN payment p ON p.id = k.payment_id AND p.deleted_at IS NULL
                WHERE p.payment_session_id = s.id AND k.deleted_at IS NULL) AS captures,
              (SELECT coalesce(sum(k.amount), 0)::int FROM capture k JOIN payment p ON p.id = k.payment_id
                WHERE p.payment_session_id = s.id AND k.deleted_at IS NULL) AS captured
         FROM payment_session s WHERE s.id = ANY($1::text[])`,
      [online.map((o) => o.sessionId)]
    )
    expect(payments).toHaveLength(VNPAY_CARTS)
    expect(payments.filter((p) => p.payments !== 1 || p.captures !== 1 || p.captured !== p.amount)).toEqual([])
    report.held(`${payments.length} paid VNPay sessions: each has exactly one payment and one capture of its amount`)
  })
})

/**
 * Where the kill left each cart's completion: the pending groups by how far their run got (the
 * orders carry their group's id), and paid IPNs recorded on a session never authorized.
 */
async function cutOffStates(databaseUrl: string, carts: string[]) {
  const rows = await sql<{ state: string; n: number }>(
    databaseUrl,
    `WITH pending AS (
       SELECT g.id, g.cart_id,
              (SELECT count(*) FROM "order" o WHERE o.metadata->>'order_group_id' = g.id AND o.deleted_at IS NULL) AS orders,
              (SELECT count(*) FROM "order" o JOIN order_item oi ON oi.order_id = o.id JOIN reservation_item r ON r.line_item_id = oi.item_id AND r.deleted_at IS NULL
                WHERE o.metadata->>'order_group_id' = g.id AND o.deleted_at IS NULL) AS reservations,
              (SELECT count(*) FROM ordergroup_order_group_order_order l WHERE l.order_group_id = g.id AND l.deleted_at IS NULL) AS links,
              (SELECT count(*) FROM cart_payment_collection cpc JOIN payment p ON p.payment_collection_id = cpc.payment_collection_id AND p.deleted_at IS NULL
                WHERE cpc.cart_id = g.cart_id AND cpc.deleted_at IS NULL) AS payments
         FROM order_group g WHERE g.cart_id = ANY($1::text[]) AND g.status = 'pending' AND g.deleted_at IS NULL)
     SELECT CASE WHEN payments > 0 THEN 'payment authorized, group not placed'
                 WHEN links > 0 THEN 'orders linked, payment not authorized'
                 WHEN reservations > 0 THEN 'orders reserved, not linked'
                 WHEN orders > 0 THEN 'orders made, not reserved'
                 ELSE 'group begun, no order' END AS state, count(*)::int AS n
       FROM pending GROUP BY 1 ORDER BY 1`,
    [carts]
  )
  const [recorded] = await sql<{ n: number }>(
    databaseUrl,
    `SELECT count(*)::int AS n FROM cart_payment_collection cpc JOIN payment_session s ON s.payment_collection_id = cpc.payment_collection_id AND s.deleted_at IS NULL
      WHERE cpc.cart_id = ANY($1::text[]) AND cpc.deleted_at IS NULL AND s.data->'ipn' IS NOT NULL AND s.authorized_at IS NULL`,
    [carts]
  )
  return {
    total: rows.reduce((n, r) => n + r.n, 0),
    summary: rows.map((r) => `${r.n}× ${r.state}`).join(", "),
    ipnRecordedOnly: recorded!.n,
  }
}
