import type { MarketRow, OrderRow, ProductRow, SellerRow } from "~/types/open-data"

/** One bar: stacked parts (in the chart's series order) and the text written beside it. */
export type ChartBar = { label: string; parts: number[]; text: string; suppressed: boolean }

type Text = {
  /** Cells that were suppressed: "<5". */
  fewer: string
  /** A place that no address could name. */
  unknown: string
  number: (n: number) => string
  money: (n: number) => string
}

const group = <R>(rows: R[], key: (r: R) => string) => {
  const groups = new Map<string, R[]>()
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r])
  return groups
}
const total = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0)

/**
 * A sum over cells of which some may be suppressed: the published part is a lower bound ("≥"),
 * and when every cell is suppressed only "<5" can be said.
 */
function sumText(values: (number | null)[], format: (n: number) => string, text: Text) {
  const known = total(values)
  const hidden = values.some((v) => v === null)
  if (hidden && !known) return { text: text.fewer, suppressed: true }
  return { text: hidden ? `≥ ${format(known)}` : format(known), suppressed: hidden }
}

export const SELLER_TYPES = ["household", "cooperative", "enterprise"] as const

/** Sellers per province, stacked by type. */
export function sellerBars(rows: SellerRow[], text: Text): ChartBar[] {
  return [...group(rows, (r) => r.province ?? "")].map(([province, cells]) => ({
    label: province || text.unknown,
    parts: SELLER_TYPES.map((type) => total(cells.filter((c) => c.seller_type === type).map((c) => c.sellers))),
    ...sumText(cells.map((c) => c.sellers), text.number, text),
  }))
}

/** Products online per province, stacked: not OCOP, then OCOP 3, 4 and 5 stars. */
export function productBars(rows: ProductRow[], text: Text & { ocop: (n: number) => string }): ChartBar[] {
  return rows
    .filter((r) => r.products_online > 0)
    .map((r) => ({
      label: r.province ?? text.unknown,
      parts: [r.products_online - r.ocop_products_online, r.ocop_3_stars, r.ocop_4_stars, r.ocop_5_stars],
      text: `${text.number(r.products_online)} · ${text.ocop(r.ocop_products_online)}`,
      suppressed: false,
    }))
}

/** Where the operator entered the province's certified count: the share of those listed, in %. */
export function listedShareBars(rows: ProductRow[], text: Text): ChartBar[] {
  return rows
    .filter((r) => r.ocop_certified !== null && r.ocop_listed_share !== null)
    .map((r) => ({
      label: r.province ?? text.unknown,
      parts: [Math.min(100, r.ocop_listed_share! * 100)],
      text: `${r.ocop_products_online}/${r.ocop_certified} · ${Math.round(r.ocop_listed_share! * 100)}%`,
      suppressed: false,
    }))
}

/** Sales (VND) per month, counting one side (each order counts once per side). */
export function monthlySalesBars(rows: OrderRow[], months: string[], text: Text): ChartBar[] {
  const origin = rows.filter((r) => r.side === "origin")
  return months.map((month) => {
    const cells = origin.filter((r) => r.month === month)
    const { text: label, suppressed } = cells.length ? sumText(cells.map((c) => c.sales_vnd), text.money, text) : { text: text.money(0), suppressed: false }
    return { label: month, parts: [total(cells.map((c) => c.sales_vnd))], text: label, suppressed }
  })
}

/** Sales (VND) over all counted months per province on one side: origin or destination. */
export function provinceSalesBars(rows: OrderRow[], side: OrderRow["side"], text: Text): ChartBar[] {
  return [...group(rows.filter((r) => r.side === side), (r) => r.province ?? "")].map(([province, cells]) => ({
    label: province || text.unknown,
    parts: [total(cells.map((c) => c.sales_vnd))],
    ...sumText(cells.map((c) => c.sales_vnd), text.money, text),
  }))
}

/** Each market in one month: the share of its stalls that took QR payments, and how much. */
export function marketBars(rows: MarketRow[], month: string, text: Text & { stalls: (paid: number, all: number) => string }): ChartBar[] {
  return rows
    .filter((r) => r.month === month)
    .map((r) => ({
      label: `${r.market} (${r.province})`,
      parts: [(r.stalls_paid_share ?? 0) * 100],
      text: `${text.stalls(r.stalls_paid, r.stalls)} · ${r.cashless_vnd === null ? text.fewer : text.money(r.cashless_vnd)}`,
      suppressed: r.cashless_vnd === null,
    }))
}
