import { MARKET_MODULE, type MarketModuleService } from "../../modules/market"

type Scope = { resolve: <T = unknown>(key: string) => T }

/** A stall's books for one market day: its lines in order, the net total, and the close if any. */
export async function stallDay(scope: Scope, stallId: string, day: string) {
  const service = scope.resolve<MarketModuleService>(MARKET_MODULE)
  const [entries, [close], [newest]] = await Promise.all([
    service.listStallLedgerEntries({ stall_id: stallId, business_day: day }, { order: { seq: "ASC" } }),
    service.listStallDayCloses({ stall_id: stallId, business_day: day }, { take: 1 }),
    service.listStallLedgerEntries({ stall_id: stallId }, { order: { seq: "DESC" }, take: 1, select: ["seq"] }),
  ])
  return {
    day,
    entries,
    total: entries.reduce((sum, e) => sum + e.amount, 0),
    payment_count: entries.filter((e) => e.kind === "payment").length,
    closed: close ?? null,
    /** The stall's newest seq on any day: where a live feed opened after this read starts. */
    last_seq: newest?.seq ?? 0,
  }
}
