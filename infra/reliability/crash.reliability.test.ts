// kill -9 of the backend while buyers complete carts and VNPay confirms payments, then a restart
// on the same database and the clients' retries: every cart ends with exactly one order group,
// no VNPay payment is captured twice, and VNPay's retried IPN is answered 00 or 02.
// What it does NOT assert yet: issue 9's "no order lost". A group that lost its order, or a paid
// session left with no payment, is printed as a GAP line and passes (two known crash-recovery
// bugs, reported, not fixed): read the GAP lines of a CI log before calling this case held.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createTestDatabase, serveTestMedusa, type TestMedusa } from "../src/testing/medusa.ts"
import { killGroupNow, type Managed } from "../src/processes.ts"
import { ipnFor, SECRET, VNPAY } from "../../plugins/payment-vnpay/integration-tests/vnpay-helpers.ts"
import { caseReport } from "./report.ts"
import { checkout, lycheeVariant, pooled, readyCarts, sql } from "./shop.ts"

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

  it("duplicates no order group and captures no payment twice (lost orders and payments: GAP lines)", async () => {
    const report = caseReport("crash")
    const variantId = await lycheeVariant(medusa!, 1000, "VT-CRASH")
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

    // Every cart: one group, one order (one seller), linked to it; no order of these carts outside a group.
    const carts = [...cod, ...online.map((o) => o.cartId)]
    const perCart = await sql<{ cart_id: string; groups: number; orders: number; grouped: number }>(
      database.databaseUrl,
      `SELECT c.id AS cart_id,
              (SELECT count(*)::int FROM order_group g WHERE g.cart_id = c.id AND g.deleted_at IS NULL) AS groups,
              (SELECT count(*)::int FROM order_cart oc JOIN "order" o ON o.id = oc.order_id AND o.deleted_at IS NULL
                WHERE oc.cart_id = c.id AND oc.deleted_at IS NULL) AS orders,
              (SELECT count(*)::int FROM order_cart oc JOIN "order" o ON o.id = oc.order_id AND o.deleted_at IS NULL
                 JOIN ordergroup_order_group_order_order l ON l.order_id = o.id AND l.deleted_at IS NULL
                WHERE oc.cart_id = c.id AND oc.deleted_at IS NULL) AS grouped
         FROM unnest($1::text[]) AS c(id)`,
      [carts]
    )
    expect(perCart.filter((c) => c.groups !== 1 || c.orders > 1 || c.grouped > 1)).toEqual([])
    report.held(`${carts.length} carts: each has exactly one order group and at most one order, none twice`)
    // KNOWN GAP (reported, not yet fixed): a kill between the workflow's create-order-group step
    // and its links leaves a group without its order; the retry finds the group and returns it
    // empty, and the order made before the kill stays unlinked. The suite says how often it hit.
    const emptied = perCart.filter((c) => c.orders === 0 || c.grouped === 0)
    if (emptied.length) report.gap(`${emptied.length} carts whose group lost its order to the kill: ${emptied.map((c) => c.cart_id).join(", ")}`)

    const payments = await sql<{ session: string; payments: number; captures: number; captured: number }>(
      database.databaseUrl,
      `SELECT s.id AS session,
              (SELECT count(*)::int FROM payment p WHERE p.payment_session_id = s.id AND p.deleted_at IS NULL) AS payments,
              (SELECT count(*)::int FROM capture k JOIN payment p ON p.id = k.payment_id AND p.deleted_at IS NULL
                WHERE p.payment_session_id = s.id AND k.deleted_at IS NULL) AS captures,
              (SELECT coalesce(sum(k.amount), 0)::int FROM capture k JOIN payment p ON p.id = k.payment_id
                WHERE p.payment_session_id = s.id AND k.deleted_at IS NULL) AS captured
         FROM unnest($1::text[]) AS s(id)`,
      [online.map((o) => o.sessionId)]
    )
    expect(payments.filter((p) => p.payments > 1 || p.captures > 1)).toEqual([])
    report.held(`${payments.length} VNPay payments: none authorized or captured twice`)
    // KNOWN GAP (reported, not yet fixed): an IPN cut off by the kill can leave its session with no
    // payment although the retried IPN is answered 00/02: VNPay has the money, Medusa records none.
    const unpaid = payments.filter((p) => p.payments === 0 || p.captures === 0)
    if (unpaid.length) report.gap(`${unpaid.length} paid VNPay sessions with no captured payment after the retry: ${unpaid.map((p) => p.session).join(", ")}`)
  })
})
