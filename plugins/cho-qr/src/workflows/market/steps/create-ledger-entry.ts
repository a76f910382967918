import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKET_MODULE, type MarketModuleService } from "../../../modules/market"
import { businessDay } from "../../../lib/market/business-day"

export type NewLedgerEntry = {
  stall_id: string
  kind: "payment" | "refund" | "correction"
  /** Signed integer VND: what the entry adds to the stall's day. */
  amount: number
  description: string
  source_id?: string | null
  sale_code?: string | null
  /** ISO 8601 (step inputs are serialised, so not a Date). */
  occurred_at: string
}

/** Books one line on a stall's day (the day of occurred_at in Vietnam). */
export const createLedgerEntryStep = createStep("create-stall-ledger-entry", async (entry: NewLedgerEntry, { container }) => {
  const service = container.resolve<MarketModuleService>(MARKET_MODULE)
  const created = await service.createStallLedgerEntries({ ...entry, occurred_at: new Date(entry.occurred_at), business_day: businessDay(new Date(entry.occurred_at)) })
  return new StepResponse(created, created.id)
}, async (id, { container }) => {
  if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).deleteStallLedgerEntries(id)
})
