import type { MedusaResponse } from "@medusajs/framework/http"
import { subscribeToStall, type LiveLedgerEntry } from "../../../../../lib/market/live-feed"
import type { SellerStallRequest } from "../../../../../lib/market/seller-stalls"
import { MARKET_MODULE, type MarketModuleService } from "../../../../../modules/market"

// A comment line this often keeps proxies and phone networks from closing an idle stream.
const HEARTBEAT_MS = 20_000

/**
 * Server-sent events: each new ledger line of the stall as `event: ledger`, `id:` its seq.
 * A reconnecting EventSource sends Last-Event-ID (or the page passes ?after=<seq> the first
 * time, after loading the day): everything after it is replayed from the ledger first, then the
 * stream goes live, and nothing is sent twice (seq only grows).
 */
export async function GET(req: SellerStallRequest, res: MedusaResponse) {
  const stallId = req.params.id
  const resumeFrom = Number(req.headers["last-event-id"] ?? req.query.after)
  let sentUpTo = Number.isSafeInteger(resumeFrom) && resumeFrom >= 0 ? resumeFrom : null

  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" })
  res.write("retry: 2000\n\n")
  const send = (entry: LiveLedgerEntry) => {
    if (sentUpTo !== null && entry.seq <= sentUpTo) return
    sentUpTo = entry.seq
    res.write(`id: ${entry.seq}\nevent: ledger\ndata: ${JSON.stringify(entry)}\n\n`)
  }

  // Listen before replaying, holding live entries back until the replay is out, so an entry
  // booked in between is neither lost nor sent out of order.
  const held: LiveLedgerEntry[] = []
  let replaying = true
  const unsubscribe = subscribeToStall(stallId, (entry) => (replaying ? held.push(entry) : send(entry)))
  const heartbeat = setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS)
  req.on("close", () => {
    clearInterval(heartbeat)
    unsubscribe()
  })

  if (sentUpTo !== null) {
    const missed = await req.scope
      .resolve<MarketModuleService>(MARKET_MODULE)
      .listStallLedgerEntries({ stall_id: stallId, seq: { $gt: sentUpTo } }, { order: { seq: "ASC" }, take: 500 })
    missed.forEach(send)
  }
  replaying = false
  held.sort((a, b) => a.seq - b.seq).forEach(send)
}
