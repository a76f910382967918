// Two `server` processes and one `worker` on one Postgres and one Redis (Medusa's Redis event
// bus, workflow engine, locking and cache): what one server writes the other serves, and an
// event's subscriber runs once, on the worker, not once per process.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createTestDatabase, serveTestMedusa, type TestMedusa } from "../src/testing/medusa.ts"
import { startRedis } from "./redis.ts"
import { caseReport } from "./report.ts"
import { checkout, demoSellerToken, HAI, sql, STANDARD_DELIVERY } from "./shop.ts"

describe("two servers and a worker on Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined
  const processes: TestMedusa[] = []
  let serverA: TestMedusa
  let serverB: TestMedusa

  beforeAll(async () => {
    redis = await startRedis()
    database = await createTestDatabase()
    const start = async (mode: string) => {
      const medusa = await serveTestMedusa(database!.databaseUrl, { REDIS_URL: redis!.url, MEDUSA_WORKER_MODE: mode })
      processes.push(medusa)
      return medusa
    }
    await start("worker")
    serverA = await start("server")
    serverB = await start("server")
  })
  afterAll(async () => {
    for (const medusa of processes) await medusa.stop()
    await database?.drop()
    await redis?.stop()
  })

  it("serves through one server an order placed through the other", async () => {
    const report = caseReport("scale-out")
    const group = await (await checkout(serverA)).placeOrder({ "VTTH-1KG": 2 }, STANDARD_DELIVERY)
    report.tried(`an order group placed through server A (${serverA.url}) with REDIS_URL=${redis!.url}`)
    const seen = await serverB.api(`/store/order-groups/${group.id}`)
    expect(seen.status).toBe(200)
    expect(seen.body.order_group.orders.map((o: any) => o.id)).toEqual(group.orders.map((o: any) => o.id))
    const admin = await serverB.api(`/admin/orders/${group.orders[0].id}`, { token: await serverB.adminToken() })
    expect(admin.status).toBe(200)
    report.held(`server B (${serverB.url}) answers the same group and order ${admin.body.order.display_id} to the buyer and the operator`)

    // order.placed, emitted through Redis by server A, reaches notify-seller-of-order on the
    // worker: the seller gets one notification, and Medusa records one run of the subscriber's
    // event for it, not one per process.
    const orderId = group.orders[0].id as string
    const notifications = async () =>
      (await sql<{ n: number }>(database!.databaseUrl, "SELECT count(*)::int AS n FROM notification WHERE resource_id = $1", [orderId]))[0]!.n
    const deadline = Date.now() + 60_000
    while ((await notifications()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500))
    // Time for a second (wrong) delivery to show up as well.
    await new Promise((r) => setTimeout(r, 5000))
    expect(await notifications()).toBe(1)
    const feed = await serverB.api("/seller/notifications", { token: await demoSellerToken(serverB) })
    expect(feed.body.notifications.filter((n: any) => n.data?.order_id === orderId)).toHaveLength(1)
    report.held(`the seller (${HAI}) has exactly one "Đơn hàng mới" notification for it, read through server B`)
  })
})
