import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { businessDay } from "@nongsan/cho-qr/lib/market/business-day"
import { MARKET_MODULE, type MarketModuleService } from "@nongsan/cho-qr/modules/market"
import { unplacedOrderFilter } from "@nongsan/farmer-household/lib/unplaced-orders"
import { STATISTICS_MODULE, type StatisticsModuleService } from "../../modules/statistics"
import { canonicalProvince } from "./canonical-province"
import { countedMonths } from "./counted-months"

export type SellerFact = { id: string; name: string; handle: string; type: string; province: string | null; status: string }
export type ProductFact = { id: string; seller_id: string; ocop_stars: number | null }
export type OrderFact = { id: string; seller_id: string | null; month: string; origin: string | null; destination: string | null; sales: number }
export type StallFact = { id: string; market_id: string; seller_id: string | null }
export type MarketFact = { id: string; name: string; commune: string; province: string }
export type PaymentFact = { stall_id: string; month: string; amount: number }
export type CertifiedCountFact = { province: string; year: number; certified_count: number; source: string | null }

/** Everything the figures are counted from, read once through Medusa's modules and query. */
export type Facts = {
  today: string
  sellers: SellerFact[]
  products: ProductFact[]
  orders: OrderFact[]
  markets: MarketFact[]
  stalls: StallFact[]
  payments: PaymentFact[]
  certifiedCounts: CertifiedCountFact[]
}

const month = (at: Date | string) => businessDay(new Date(at)).slice(0, 7)

/**
 * Reads the facts behind every figure. Sums happen in memory: a province's marketplace has
 * thousands of sellers and orders a month, which this reads in well under a second; the result
 * is cached (see province-figures.ts), so a busy statistics page does not repeat the reads.
 * Orders are seller orders (one per farm of a cart); cancelled ones are not sales.
 */
export async function loadFacts(scope: MedusaContainer, now = new Date()): Promise<Facts> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const markets = scope.resolve<MarketModuleService>(MARKET_MODULE)
  const statistics = scope.resolve<StatisticsModuleService>(STATISTICS_MODULE)
  const today = businessDay(now)
  const from = `${countedMonths(today)[0]}-01`
  // Vietnam midnight of the first counted day, as an instant.
  const fromInstant = new Date(`${from}T00:00:00+07:00`)

  const [sellers, products, orders, marketRows, stalls, payments, counts, unplaced] = await Promise.all([
    query.graph({ entity: "seller", fields: ["id", "name", "handle", "type", "status", "province"] }),
    query.graph({
      entity: "product",
      fields: ["id", "status", "seller.id", "ocop_certificates.stars", "ocop_certificates.status", "ocop_certificates.expires_on"],
      filters: { status: "published" },
    }),
    query.graph({
      entity: "order",
      fields: ["id", "status", "metadata", "created_at", "item_total", "shipping_address.province", "seller.id", "seller.province"],
      // Draft orders (Medusa Admin's quotes, no seller, maybe never paid) are not sales; Medusa's
      // own order list leaves them out the same way.
      filters: { created_at: { $gte: fromInstant }, is_draft_order: false },
    }),
    markets.listMarkets({}, { order: { province: "ASC", name: "ASC" } }),
    query.graph({ entity: "stall", fields: ["id", "market_id", "seller.id"] }),
    markets.listStallLedgerEntries({ kind: "payment", business_day: { $gte: from } }, { select: ["stall_id", "amount", "business_day"] }),
    statistics.listOcopCertifiedCounts({}, { order: { year: "DESC" } }),
    unplacedOrderFilter(scope),
  ])

  return {
    today,
    sellers: sellers.data.map((s: any) => ({ id: s.id, name: s.name, handle: s.handle, type: s.type, status: s.status, province: canonicalProvince(s.province) })),
    products: products.data
      .filter((p: any) => p.seller?.id)
      .map((p: any) => ({ id: p.id, seller_id: p.seller.id, ocop_stars: validOcopStars(p.ocop_certificates ?? [], today) })),
    orders: orders.data
      // Nor are the orders of a cart completion not finished (cut off by a killed process).
      .filter((o: any) => o.status !== "canceled" && !unplaced(o))
      .map((o: any) => ({
        id: o.id,
        seller_id: o.seller?.id ?? null,
        month: month(o.created_at),
        origin: canonicalProvince(o.seller?.province),
        destination: canonicalProvince(o.shipping_address?.province),
        sales: Math.round(Number(o.item_total) || 0),
      })),
    markets: marketRows.map((m) => ({ id: m.id, name: m.name, commune: m.commune, province: canonicalProvince(m.province) ?? m.province })),
    stalls: stalls.data.map((s: any) => ({ id: s.id, market_id: s.market_id, seller_id: s.seller?.id ?? null })),
    payments: payments.map((p) => ({ stall_id: p.stall_id, month: p.business_day.slice(0, 7), amount: p.amount })),
    certifiedCounts: counts.map((c) => ({ province: c.province, year: c.year, certified_count: c.certified_count, source: c.source ?? null })),
  }
}

type Certificate = { stars: number; status: string; expires_on: string } | null

/** The highest stars among a product's certificates that are verified and not past their expiry. */
function validOcopStars(certificates: Certificate[], today: string): number | null {
  const stars = certificates.filter((c) => c && c.status === "verified" && c.expires_on >= today).map((c) => c!.stars)
  return stars.length ? Math.max(...stars) : null
}
