import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKET_MODULE, type MarketModuleService } from "../../modules/market"

type Scope = { resolve: <T = unknown>(key: string) => T }
type Day = { day: string; volume: number; count: number }

const addTo = (days: Map<string, Day>, day: string, amount: number) => {
  const d = days.get(day) ?? { day, volume: 0, count: 0 }
  d.volume += amount
  d.count += 1
  days.set(day, d)
}
const sorted = (days: Map<string, Day>) => [...days.values()].sort((a, b) => a.day.localeCompare(b.day))

/**
 * The operator's figures for market days from..to: per market, how many stalls have a QR (every
 * stall has an account, so all of them) and a vendor, how many took a payment, and the cashless
 * volume and count per day; the same per province. Payments only: refunds and corrections are
 * bookkeeping, not cashless trade. Sums in memory over the range's payments: fine for a
 * province's markets over weeks; a long range at national scale would want SQL aggregation.
 */
export async function marketReport(scope: Scope, from: string, to: string) {
  const service = scope.resolve<MarketModuleService>(MARKET_MODULE)
  const query = scope.resolve<{ graph: (q: object) => Promise<{ data: Array<{ id: string; market_id: string; archived_at: string | null; seller?: { id: string } | null }> }> }>(ContainerRegistrationKeys.QUERY)
  const [markets, { data: stalls }, payments] = await Promise.all([
    service.listMarkets({}, { order: { province: "ASC", name: "ASC" } }),
    query.graph({ entity: "stall", fields: ["id", "market_id", "archived_at", "seller.id"] }),
    service.listStallLedgerEntries({ kind: "payment", business_day: { $gte: from, $lte: to } }, { select: ["stall_id", "amount", "business_day"] }),
  ])
  const marketOf = new Map(stalls.map((s) => [s.id, s.market_id]))
  const provinces = new Map<string, Map<string, Day>>()
  const rows = markets.map((market) => {
    // Stalls open now; an archived stall's payments in the range still count below.
    const own = stalls.filter((s) => s.market_id === market.id && !s.archived_at)
    const paid = payments.filter((p) => marketOf.get(p.stall_id) === market.id)
    const days = new Map<string, Day>()
    const provinceDays = provinces.get(market.province) ?? new Map<string, Day>()
    provinces.set(market.province, provinceDays)
    for (const p of paid) {
      addTo(days, p.business_day, p.amount)
      addTo(provinceDays, p.business_day, p.amount)
    }
    return {
      market_id: market.id,
      name: market.name,
      commune: market.commune,
      province: market.province,
      stalls: own.length,
      stalls_with_qr: own.length,
      stalls_with_vendor: own.filter((s) => s.seller).length,
      stalls_paid: new Set(paid.map((p) => p.stall_id)).size,
      volume: paid.reduce((sum, p) => sum + p.amount, 0),
      count: paid.length,
      days: sorted(days),
    }
  })
  return {
    from,
    to,
    markets: rows,
    provinces: [...provinces].map(([province, days]) => ({ province, markets: rows.filter((r) => r.province === province).length, days: sorted(days) })),
  }
}
