// Two `server` processes and one `worker` on one Postgres and one Redis (Medusa's Redis event
// bus, workflow engine, locking and cache): what one server writes the other serves, an event's
// subscriber runs once per event, and a scheduled job's tick runs once, on one process.
import { Queue } from "bullmq"
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { SECRET, VNPAY } from "../../plugins/payment-vnpay/integration-tests/vnpay-helpers.ts"
import { repoRoot } from "../src/paths.ts"
import { createTestDatabase, serveTestMedusa, type TestMedusa } from "../src/testing/medusa.ts"
import { startRedis } from "./redis.ts"
import { caseReport } from "./report.ts"
import { checkout, demoSellerToken, HAI, readyCarts, sql, STANDARD_DELIVERY } from "./shop.ts"

// Medusa's Redis workflow engine keeps scheduled jobs in this BullMQ queue.
const JOBS_QUEUE = "medusa-workflows-jobs"

describe("two servers and a worker on Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined
  const processes: TestMedusa[] = []
  let serverA: TestMedusa
  let serverB: TestMedusa
  // VNPay's merchant API as the processes see it: counts the querydr calls per payment reference
  // (what the reconcile-vnpay-payments job does for each payment it looks at) and answers
  // nothing VNPay would sign, so the job leaves the payment alone.
  const querydr = new Map<string, number>()
  let vnpayApi: Server

  beforeAll(async () => {
    vnpayApi = createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        const ref = String(JSON.parse(body || "{}").vnp_TxnRef ?? "")
        querydr.set(ref, (querydr.get(ref) ?? 0) + 1)
        res.writeHead(200, { "content-type": "application/json" }).end("{}")
      })
    })
    await new Promise<void>((resolve) => vnpayApi.listen(0, "127.0.0.1", resolve))
    const vnpay = {
      VNPAY_TMN_CODE: "NSSCALE1",
      VNPAY_HASH_SECRET: SECRET,
      VNPAY_API_URL: `http://127.0.0.1:${(vnpayApi.address() as AddressInfo).port}/querydr`,
    }
    redis = await startRedis()
    database = await createTestDatabase()
    const start = async (mode: string) => {
      const medusa = await serveTestMedusa(database!.databaseUrl, { REDIS_URL: redis!.url, MEDUSA_WORKER_MODE: mode, ...vnpay })
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
    vnpayApi?.close()
  })

  it("serves through one server an order placed through the other; the subscriber runs once per order", async () => {
    const report = caseReport("scale-out")
    const group = await (await checkout(serverA)).placeOrder({ "VTTH-1KG": 2 }, STANDARD_DELIVERY)
    report.tried(`an order group placed through server A (${serverA.url}) with REDIS_URL=${redis!.url}`)
    const seen = await serverB.api(`/store/order-groups/${group.id}`)
    expect(seen.status).toBe(200)
    expect(seen.body.order_group.orders.map((o: any) => o.id)).toEqual(group.orders.map((o: any) => o.id))
    const admin = await serverB.api(`/admin/orders/${group.orders[0].id}`, { token: await serverB.adminToken() })
    expect(admin.status).toBe(200)
    report.held(`server B (${serverB.url}) answers the same group and order ${admin.body.order.display_id} to the buyer and the operator`)

    // order.placed, emitted through Redis by the server that placed the order, reaches
    // notify-seller-of-order once: one notification per order, not one per process. Three
    // more orders through server B, so that each event's single run is not one lucky delivery.
    const more = await checkout(serverB)
    const orderIds = [group.orders[0].id as string]
    for (let i = 0; i < 3; i++) orderIds.push((await more.placeOrder({ "VTTH-1KG": 1 }, STANDARD_DELIVERY)).orders[0].id)
    const notifications = async () =>
      sql<{ resource_id: string; n: number }>(
        database!.databaseUrl,
        "SELECT resource_id, count(*)::int AS n FROM notification WHERE resource_id = ANY($1) GROUP BY resource_id",
        [orderIds]
      )
    const deadline = Date.now() + 60_000
    while ((await notifications()).length < orderIds.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500))
    // Time for a second (wrong) delivery to show up as well.
    await new Promise((r) => setTimeout(r, 5000))
    expect(Object.fromEntries((await notifications()).map((r) => [r.resource_id, r.n]))).toEqual(Object.fromEntries(orderIds.map((id) => [id, 1])))
    const feed = await serverB.api("/seller/notifications", { token: await demoSellerToken(serverB) })
    for (const orderId of orderIds) expect(feed.body.notifications.filter((n: any) => n.data?.order_id === orderId)).toHaveLength(1)
    report.held(`${orderIds.length} orders placed through A and B: the seller (${HAI}) has exactly one "Đơn hàng mới" notification for each, read through server B`)
  })

  it("schedules each job once across the three processes, and a tick of a job runs once", async () => {
    const report = caseReport("scale-out")
    const jobs = scheduledJobNames()
    // Medusa's Redis workflow engine keeps scheduled jobs as BullMQ repeatable jobs, keyed by
    // job, in a queue only worker processes write: one entry per job means one run per tick,
    // taken by one worker, however many processes share the Redis.
    const entries = execFileSync("redis-cli", ["-u", redis!.url, "ZRANGE", `bull:${JOBS_QUEUE}:repeat`, "0", "-1"], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
    report.tried(`${jobs.length} jobs (${jobs.join(", ")}) with a worker and two servers on one Redis; repeatable entries: ${entries.join(", ")}`)
    for (const job of jobs) expect(entries.filter((e) => e.includes(job)), job).toHaveLength(1)
    report.held(`each job is scheduled exactly once, not once per process`)

    // A run, seen from outside: reconcile-vnpay-payments asks VNPay (querydr) once about each
    // VNPay payment whose pay URL expired without an answer. One such payment, and the job's
    // next tick brought forward to now (BullMQ's promote of its delayed run, instead of waiting
    // up to five minutes): VNPay must be asked exactly once.
    const [{ session }] = await readyCarts(serverA, (await checkout(serverA)).variantIds.get("VTTH-1KG")!, 1, VNPAY)
    const ref = (session.id as string).replace("payses_", "")
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString()
    await sql(
      database!.databaseUrl,
      `UPDATE payment_session SET created_at = $2::timestamptz, data = jsonb_set(data, '{expires_at}', to_jsonb($2::text)) WHERE id = $1`,
      [session.id, anHourAgo]
    )
    const redisUrl = new URL(redis!.url)
    const queue = new Queue(JOBS_QUEUE, { connection: { host: redisUrl.hostname, port: Number(redisUrl.port) } })
    try {
      const tick = (await queue.getDelayed()).find((j) => j.data?.jobId === "job-reconcile-vnpay-payments")
      expect(tick, "the job's next run, waiting in the queue").toBeTruthy()
      await tick!.promote()
      report.tried(`the next tick of reconcile-vnpay-payments brought forward, with one VNPay payment expired an hour ago`)
      const deadline = Date.now() + 60_000
      while (!querydr.get(ref) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500))
      // Time for a second (wrong) run to ask as well.
      await new Promise((r) => setTimeout(r, 5000))
    } finally {
      await queue.close()
    }
    expect(querydr.get(ref)).toBe(1)
    report.held(`the tick ran once across the three processes: VNPay was asked about the payment exactly once`)
  })
})

/** The names of the scheduled jobs of the backend and the plugins (their `config.name`). */
function scheduledJobNames(): string[] {
  const dirs = [join(repoRoot, "backend/src/jobs"), ...readdirSync(join(repoRoot, "plugins")).map((p) => join(repoRoot, "plugins", p, "src/jobs"))]
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).flatMap((file) => [...readFileSync(join(dir, file), "utf8").matchAll(/name: "([\w-]+)", schedule/g)].map((m) => m[1]!)))
}
