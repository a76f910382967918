import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { publishLedgerEntry } from "../lib/market/live-feed"
import { MARKET_MODULE, type MarketModuleService } from "../modules/market"
import { STALL_LEDGER_ENTRY_CREATED } from "../workflows/market/events"

/** Pushes a new ledger line to the vendor screens of its stall open on this process. */
export default async function pushStallLedgerEntry({ event, container }: SubscriberArgs<{ id: string; stall_id: string }>) {
  const entry = await container.resolve<MarketModuleService>(MARKET_MODULE).retrieveStallLedgerEntry(event.data.id)
  publishLedgerEntry(event.data.stall_id, entry)
}

export const config: SubscriberConfig = { event: STALL_LEDGER_ENTRY_CREATED }
