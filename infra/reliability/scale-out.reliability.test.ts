// Two `server` processes and one `worker` on one Postgres and one Redis (Medusa's Redis event
// bus, workflow engine, locking and cache): what one server writes the other serves, and an
// event's subscriber runs once, on the worker, not once per process.
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { repoRoot } from "../src/paths.ts"
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

  it("schedules each job once across the three processes", async () => {
    const report = caseReport("scale-out")
    const jobs = scheduledJobNames()
    // Medusa's Redis workflow engine keeps scheduled jobs as BullMQ repeatable jobs, keyed by
    // job, in a queue only worker processes write: one entry per job means one run per tick,
    // taken by one worker, however many processes share the Redis.
    const entries = execFileSync("redis-cli", ["-u", redis!.url, "ZRANGE", "bull:medusa-workflows-jobs:repeat", "0", "-1"], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
    report.tried(`${jobs.length} jobs (${jobs.join(", ")}) with a worker and two servers on one Redis; repeatable entries: ${entries.join(", ")}`)
    for (const job of jobs) expect(entries.filter((e) => e.includes(job)), job).toHaveLength(1)
    report.held(`each job is scheduled exactly once, not once per process`)
  })
})

/** The names of the scheduled jobs of the backend and the plugins (their `config.name`). */
function scheduledJobNames(): string[] {
  const dirs = [join(repoRoot, "backend/src/jobs"), ...readdirSync(join(repoRoot, "plugins")).map((p) => join(repoRoot, "plugins", p, "src/jobs"))]
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).flatMap((file) => [...readFileSync(join(dir, file), "utf8").matchAll(/name: "([\w-]+)", schedule/g)].map((m) => m[1]!)))
}
