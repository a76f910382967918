// Market payment → vendor screen: a signed bank notification for the demo stall's account is
// POSTed to /hooks/bank-notifications, and the clock stops when the payment arrives on the
// stall's live feed (GET /seller/stalls/:id/events, server-sent events), read here as the vendor
// screen reads it. One payment at a time, as at a stall.
import { signNotification } from "@nongsan/cho-qr/lib/bank-transfer/signature"
import { readServerSentEvents } from "../../src/testing/server-sent-events.ts"
import { ok, type BenchContext, type Measurement } from "../context.ts"
import { BUDGETS } from "../figures.ts"
import { percentile } from "../stats.ts"
import demo from "../../../seed/data/demo.json" with { type: "json" }

const PAYMENTS = 30

/** The stall's feed: resolves waitFor(amount) when an event with that amount arrives. */
async function openFeed(ctx: BenchContext, stallId: string, token: string) {
  const controller = new AbortController()
  const res = await fetch(`${ctx.medusaUrl}/seller/stalls/${stallId}/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal })
  if (res.status !== 200) throw new Error(`stall feed: ${res.status}`)
  const waiting = new Map<number, (at: number) => void>()
  void readServerSentEvents(res, ({ data }) => {
    const amount = JSON.parse(data).amount as number
    waiting.get(amount)?.(performance.now())
    waiting.delete(amount)
  })
  return {
    waitFor: (amount: number) =>
      new Promise<number>((resolve, reject) => {
        waiting.set(amount, resolve)
        setTimeout(() => reject(new Error(`payment of ${amount} ₫ did not reach the stall's feed within 10 s`)), 10_000).unref()
      }),
    close: () => controller.abort(),
  }
}

export const marketPayment: Measurement = {
  name: "market-payment",
  stack: "medusa",
  async run(ctx) {
    const { token } = await ok(ctx.api, "/auth/seller/emailpass", { method: "POST", json: { email: demo.sellerLogin.phone, password: demo.sellerLogin.password } })
    const { stalls } = await ok(ctx.api, "/seller/stalls", { token })
    const stall = stalls[0]
    if (!stall) throw new Error("the demo seller has no stall: is the demo marketplace seeded?")
    const feed = await openFeed(ctx, stall.id, token)
    const latencies: number[] = []
    const run = Date.now()
    try {
      for (let n = 0; n < PAYMENTS; n++) {
        // A distinct amount per payment tells the events apart.
        const amount = 10_000 + n * 1000
        const body = JSON.stringify({
          id: `FT-BENCH-${run}-${n}`,
          bank_bin: stall.bank_bin,
          account_number: stall.account_number,
          amount,
          occurred_at: new Date().toISOString(),
          description: "MBVCB.bench.mua vai",
        })
        const arrived = feed.waitFor(amount)
        const sent = performance.now()
        const res = await fetch(`${ctx.medusaUrl}/hooks/bank-notifications`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-nongsan-signature": signNotification(body, ctx.secrets.bankWebhook) },
          body,
        })
        if (res.status !== 200) throw new Error(`bank notification: ${res.status} ${await res.text()}`)
        latencies.push((await arrived) - sent)
      }
    } finally {
      feed.close()
    }
    latencies.sort((a, b) => a - b)
    const name = "stall payment → vendor screen (SSE)"
    return [
      { name, metric: "p50", value: Math.round(percentile(latencies, 50)), unit: "ms" },
      { name, metric: "p95", value: Math.round(percentile(latencies, 95)), unit: "ms", budget: BUDGETS.paymentToScreenP95, note: `${PAYMENTS} payments, one at a time` },
      { name, metric: "p99", value: Math.round(percentile(latencies, 99)), unit: "ms" },
    ]
  },
}
