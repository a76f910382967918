import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_STAGE_FIELDS, sellerOrderStage } from "@nongsan/farmer-household/lib/seller-order-stage"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../modules/seller-finance"
import { vietnamMonth } from "./vietnam-time"

type Resolver = { resolve: <T>(key: string) => T }
type Query = { graph: (q: object) => Promise<{ data: any[]; metadata?: { count?: number } }> }
const SETTLED = ["delivered", "cancelled"]
const SALES = ["online_payment", "cash_collected", "refund"]

/** The orders by id with their stage, and the given fields besides. */
async function stagesOf(query: Query, orderIds: string[], fields: string[] = []) {
  if (!orderIds.length) return new Map<string, any>()
  const { data } = await query.graph({ entity: "order", fields: ["id", ...fields, ...ORDER_STAGE_FIELDS], filters: { id: orderIds } })
  return new Map(data.map((o) => [o.id as string, { ...o, stage: sellerOrderStage(o) }]))
}

/**
 * A seller's money, all of it computed from the ledger (nothing stored): the balance the platform
 * owes, split into what is pending (orders not yet delivered), in a payout batch being paid,
 * and available for the next batch; what was paid out; and month by month (Vietnamese months)
 * sales, commission, withholding and payouts.
 */
export async function sellerEarnings(container: Resolver, sellerId: string) {
  const finance = container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const entries = await finance.listLedgerEntries({ seller_id: sellerId }, { take: null, order: { occurred_at: "ASC" } })
  const claims = await finance.listPayoutBatchEntries({ seller_id: sellerId }, { select: ["ledger_entry_id", "batch.status"], relations: ["batch"], take: null })
  const claimedBy = new Map(claims.map((c) => [c.ledger_entry_id, c.batch.status]))
  // Only entries no batch has claimed are pending or available by their order's stage: the
  // orders of a seller's paid-out past are not read on every visit to the dashboard.
  const unclaimedOrderIds = new Set(entries.filter((e) => e.order_id && e.kind !== "payout" && !claimedBy.has(e.id)).map((e) => e.order_id!))
  const orders = await stagesOf(container.resolve<Query>(ContainerRegistrationKeys.QUERY), [...unclaimedOrderIds])

  const totals = { balance: 0, pending: 0, in_payout: 0, available: 0, paid_out: 0 }
  const months = new Map<string, { month: string; sales: number; commission: number; withholding: number; payouts: number }>()
  for (const e of entries) {
    const amount = Number(e.amount)
    totals.balance += amount
    if (e.kind === "payout") totals.paid_out -= amount
    else if (claimedBy.get(e.id) === "draft") totals.in_payout += amount
    else if (!claimedBy.has(e.id)) {
      const settled = !e.order_id || SETTLED.includes(orders.get(e.order_id)?.stage)
      totals[settled ? "available" : "pending"] += amount
    }
    const month = vietnamMonth(new Date(e.occurred_at))
    const m = months.get(month) ?? { month, sales: 0, commission: 0, withholding: 0, payouts: 0 }
    if (SALES.includes(e.kind)) m.sales += amount
    else if (e.kind === "commission") m.commission -= amount
    else if (e.kind === "withholding") m.withholding -= amount
    else if (e.kind === "payout") m.payouts -= amount
    months.set(month, m)
  }
  return { ...totals, months: [...months.values()] }
}

/**
 * Each order's deductions: the commission of each line under the rule it was sold with, the
 * withholding, the refunds, and what the order left the seller (the sum of its entries).
 * Newest first; `orderId` narrows it to one order.
 */
export async function sellerOrderEarnings(container: Resolver, sellerId: string, page: { limit: number; offset: number; orderId?: string }) {
  const finance = container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const [withholdings, count] = await finance.listAndCountOrderWithholdings(
    { seller_id: sellerId, ...(page.orderId ? { order_id: page.orderId } : {}) },
    { take: page.limit, skip: page.offset, order: { created_at: "DESC" } },
  )
  const orderIds = withholdings.map((w) => w.order_id)
  const [lines, entries, orders] = await Promise.all([
    orderIds.length ? finance.listOrderLineCommissions({ order_id: orderIds }, { take: null }) : [],
    orderIds.length ? finance.listLedgerEntries({ order_id: orderIds }, { take: null }) : [],
    stagesOf(container.resolve<Query>(ContainerRegistrationKeys.QUERY), orderIds, ["display_id", "created_at", "total", "items.id", "items.product_title", "items.variant_title"]),
  ])
  const of = <T extends { order_id: string | null }>(rows: T[], id: string) => rows.filter((r) => r.order_id === id)
  const sum = (rows: { amount: unknown }[]) => rows.reduce((n, r) => n + Number(r.amount), 0)
  const rows = withholdings.map((w) => {
    const order = orders.get(w.order_id)
    const mine = of(entries, w.order_id)
    const item = (id: string) => (order?.items ?? []).find((i: { id: string }) => i.id === id)
    const kinds = (...k: string[]) => mine.filter((e) => k.includes(e.kind))
    return {
      order_id: w.order_id,
      display_id: order?.display_id ?? null,
      placed_at: order?.created_at ?? w.created_at,
      stage: order?.stage ?? null,
      total: Number(order?.total ?? 0),
      paid_via: kinds("online_payment").length ? "online" : kinds("cash_collected").length ? "cash" : null,
      refunded: -sum(kinds("refund")),
      commission: -sum(kinds("commission")),
      withholding: { applies: w.applies, base: Number(w.base_amount), vat_rate_bp: w.vat_rate_bp, pit_rate_bp: w.pit_rate_bp, vat: -sum(mine.filter((e) => e.tax === "vat")), pit: -sum(mine.filter((e) => e.tax === "pit")) },
      // Cash the seller kept counts as earned (cash_held is what the platform did not receive).
      net: sum(kinds("online_payment", "cash_collected", "refund", "commission", "withholding")),
      lines: of(lines, w.order_id).map((l) => ({
        line_item_id: l.line_item_id,
        title: [item(l.line_item_id)?.product_title, item(l.line_item_id)?.variant_title].filter(Boolean).join(" – "),
        quantity: Number(l.quantity),
        line_total: Number(l.line_total),
        commission: Number(l.amount),
        rule: { id: l.rule_id, scope: l.rule_scope, kind: l.rule_kind, rate_bp: l.rate_bp, fixed_amount: l.fixed_amount },
      })),
    }
  })
  return { orders: rows, count }
}
