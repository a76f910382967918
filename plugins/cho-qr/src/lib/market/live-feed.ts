import { EventEmitter } from "node:events"

/** A ledger line as the vendor's screen shows it (and the SSE `data` of a `ledger` event). */
export type LiveLedgerEntry = {
  id: string
  seq: number
  kind: "payment" | "refund" | "correction"
  amount: number
  description: string
  sale_code: string | null
  occurred_at: string | Date
  business_day: string
}

/**
 * The open vendor screens of this process, by stall. The ledger-entry subscriber publishes here
 * and each SSE response listens for its own stall.
 *
 * With several server processes, the event bus is Redis and every process's subscriber receives
 * every entry, so each pushes to the screens connected to it: nothing changes here. What a
 * process cannot see is a screen on another process, which is why nothing but the bus crosses
 * processes, and why a reconnecting screen replays from the ledger (Last-Event-ID), not from
 * this memory.
 */
const feed = new EventEmitter()
feed.setMaxListeners(0)

export function publishLedgerEntry(stallId: string, entry: LiveLedgerEntry) {
  feed.emit(stallId, entry)
}

export function subscribeToStall(stallId: string, listener: (entry: LiveLedgerEntry) => void): () => void {
  feed.on(stallId, listener)
  return () => feed.off(stallId, listener)
}
