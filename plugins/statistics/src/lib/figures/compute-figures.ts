import { countedMonths } from "./counted-months"
import type { Facts } from "./load-facts"

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, T[]>()
  for (const item of items) counts.set(key(item), [...(counts.get(key(item)) ?? []), item])
  return counts
}
const byKey = <T extends Record<string, unknown>>(keys: (keyof T)[]) => (a: T, b: T) => {
  for (const k of keys) {
    const c = String(a[k] ?? "").localeCompare(String(b[k] ?? ""), "vi")
    if (c) return c
  }
  return 0
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
const share = (part: number, whole: number | null) => (whole ? Math.round((part / whole) * 1000) / 1000 : null)

export type SellerRow = { province: string | null; seller_type: string; sellers: number }
export type ProductRow = {
  province: string | null
  products_online: number
  ocop_products_online: number
  ocop_3_stars: number
  ocop_4_stars: number
  ocop_5_stars: number
  year: number
  ocop_certified: number | null
  ocop_listed_share: number | null
}
export type OrderRow = { month: string; side: "origin" | "destination"; province: string | null; orders: number; sales_vnd: number }
export type MarketRow = {
  month: string
  market: string
  commune: string
  province: string
  stalls: number
  stalls_with_qr: number
  stalls_paid: number
  stalls_paid_share: number | null
  payments: number
  cashless_vnd: number
}
export type SellerDetail = {
  id: string
  name: string
  handle: string
  type: string
  status: string
  province: string | null
  products_online: number
  ocop_products_online: number
  orders: number
  sales_vnd: number
  stall_payments: number
  stall_cashless_vnd: number
}

/** The figures before any suppression: what the operator sees, and what open data starts from. */
export type Figures = {
  today: string
  sellers: SellerRow[]
  products: ProductRow[]
  orders: OrderRow[]
  markets: MarketRow[]
  per_seller: SellerDetail[]
}

/**
 * Counts the figures from the facts. A seller "sells online" once approved; its products count
 * where the seller is (province of origin); an OCOP product is a published product with a
 * verified certificate that has not expired, at its highest stars.
 */
export function computeFigures(facts: Facts): Figures {
  const approved = facts.sellers.filter((s) => s.status === "approved")
  const sellerById = new Map(approved.map((s) => [s.id, s]))
  const year = Number(facts.today.slice(0, 4))

  const sellers = [...countBy(approved, (s) => `${s.province ?? ""}\u0000${s.type}`).values()]
    .map((group) => ({ province: group[0]!.province, seller_type: group[0]!.type, sellers: group.length }))
    .sort(byKey<SellerRow>(["province", "seller_type"]))

  const online = facts.products.filter((p) => sellerById.has(p.seller_id))
  const products = [...countBy(online, (p) => sellerById.get(p.seller_id)!.province ?? "").values()]
    .map((group) => {
      const province = sellerById.get(group[0]!.seller_id)!.province
      const ocop = group.filter((p) => p.ocop_stars !== null)
      const certified = facts.certifiedCounts.find((c) => c.province === province && c.year === year)?.certified_count ?? null
      return {
        province,
        products_online: group.length,
        ocop_products_online: ocop.length,
        ocop_3_stars: ocop.filter((p) => p.ocop_stars === 3).length,
        ocop_4_stars: ocop.filter((p) => p.ocop_stars === 4).length,
        ocop_5_stars: ocop.filter((p) => p.ocop_stars === 5).length,
        year,
        ocop_certified: certified,
        ocop_listed_share: share(ocop.length, certified),
      }
    })
  // Provinces the operator entered a certified count for but with nothing listed yet: share 0.
  for (const c of facts.certifiedCounts.filter((c) => c.year === year && !products.some((p) => p.province === c.province))) {
    products.push({ province: c.province, products_online: 0, ocop_products_online: 0, ocop_3_stars: 0, ocop_4_stars: 0, ocop_5_stars: 0, year, ocop_certified: c.certified_count, ocop_listed_share: share(0, c.certified_count) })
  }
  products.sort(byKey<ProductRow>(["province"]))

  const orders: OrderRow[] = []
  for (const side of ["origin", "destination"] as const) {
    for (const group of countBy(facts.orders, (o) => `${o.month}\u0000${o[side] ?? ""}`).values()) {
      orders.push({ month: group[0]!.month, side, province: group[0]![side], orders: group.length, sales_vnd: sum(group.map((o) => o.sales)) })
    }
  }
  orders.sort(byKey<OrderRow>(["month", "side", "province"]))

  const stallsOf = countBy(facts.stalls, (s) => s.market_id)
  const marketOf = new Map(facts.stalls.map((s) => [s.id, s.market_id]))
  const markets: MarketRow[] = []
  for (const market of facts.markets) {
    const stalls = stallsOf.get(market.id) ?? []
    const paymentsByMonth = countBy(facts.payments.filter((p) => marketOf.get(p.stall_id) === market.id), (p) => p.month)
    for (const month of countedMonths(facts.today)) {
      const paid = paymentsByMonth.get(month) ?? []
      const stallsPaid = new Set(paid.map((p) => p.stall_id)).size
      markets.push({
        month,
        market: market.name,
        commune: market.commune,
        province: market.province,
        stalls: stalls.length,
        // Every stall has a bank account, hence a static VietQR poster, from the day it is created.
        stalls_with_qr: stalls.length,
        stalls_paid: stallsPaid,
        stalls_paid_share: share(stallsPaid, stalls.length),
        payments: paid.length,
        cashless_vnd: sum(paid.map((p) => p.amount)),
      })
    }
  }
  markets.sort(byKey<MarketRow>(["month", "province", "market"]))

  const stallSeller = new Map(facts.stalls.map((s) => [s.id, s.seller_id]))
  const per_seller = facts.sellers
    .map((s) => {
      const own = facts.products.filter((p) => p.seller_id === s.id)
      const sold = facts.orders.filter((o) => o.seller_id === s.id)
      const takings = facts.payments.filter((p) => stallSeller.get(p.stall_id) === s.id)
      return {
        id: s.id,
        name: s.name,
        handle: s.handle,
        type: s.type,
        status: s.status,
        province: s.province,
        products_online: s.status === "approved" ? own.length : 0,
        ocop_products_online: s.status === "approved" ? own.filter((p) => p.ocop_stars !== null).length : 0,
        orders: sold.length,
        sales_vnd: sum(sold.map((o) => o.sales)),
        stall_payments: takings.length,
        stall_cashless_vnd: sum(takings.map((p) => p.amount)),
      }
    })
    .sort((a, b) => b.sales_vnd - a.sales_vnd || a.name.localeCompare(b.name, "vi"))

  return { today: facts.today, sellers, products, orders, markets, per_seller }
}
