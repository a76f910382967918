import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_FINANCE_MODULE, type SellerFinanceModuleService } from "../modules/seller-finance"
import { withholdingOptions } from "./plugin-options"
import { vietnamMonthRange } from "./vietnam-time"

type Resolver = { resolve: <T>(key: string) => T }
export type WithholdingRow = {
  seller_id: string
  seller_name: string
  seller_type: string
  national_id_last4: string
  province: string
  orders: number
  revenue: number
  vat: number
  pit: number
  total: number
}
export const WITHHOLDING_CSV_KEYS: (keyof WithholdingRow)[] = [
  "seller_id",
  "seller_name",
  "seller_type",
  "national_id_last4",
  "province",
  "orders",
  "revenue",
  "vat",
  "pit",
  "total",
]

/**
 * A Vietnamese month's withholding per seller, from the ledger: what was withheld on orders paid
 * or collected that month, less what refunds gave back that month, which is what the platform
 * declares and pays for its sellers. The VAT and PIT entries of one event carry the same base,
 * so the base is counted once per event.
 */
export async function withholdingReport(container: Resolver, month: string) {
  const { from, to } = vietnamMonthRange(month)
  const finance = container.resolve<SellerFinanceModuleService>(SELLER_FINANCE_MODULE)
  const entries = await finance.listLedgerEntries(
    { kind: "withholding", occurred_at: { $gte: from, $lt: to } },
    { select: ["seller_id", "order_id", "tax", "amount", "tax_base", "source_key"], take: null },
  )
  const rows = new Map<string, { orders: Set<string>; bases: Map<string, number>; vat: number; pit: number }>()
  for (const e of entries) {
    const row = rows.get(e.seller_id) ?? { orders: new Set(), bases: new Map(), vat: 0, pit: 0 }
    if (e.order_id) row.orders.add(e.order_id)
    row.bases.set(e.source_key.replace(/-(vat|pit):/, ":"), Number(e.tax_base ?? 0))
    // Entries are from the seller's side (withheld is −); the report counts tax withheld as +.
    row[e.tax === "pit" ? "pit" : "vat"] -= Number(e.amount)
    rows.set(e.seller_id, row)
  }
  const query = container.resolve<{ graph: (q: object) => Promise<{ data: any[] }> }>(ContainerRegistrationKeys.QUERY)
  const { data: sellers } = rows.size
    ? await query.graph({ entity: "seller", fields: ["id", "name", "type", "national_id_last4", "province"], filters: { id: [...rows.keys()] } })
    : { data: [] }
  const sellerById = new Map(sellers.map((s) => [s.id, s]))
  const lines: WithholdingRow[] = [...rows].map(([seller_id, r]) => {
    const s = sellerById.get(seller_id) ?? {}
    return {
      seller_id,
      seller_name: s.name ?? "",
      seller_type: s.type ?? "",
      national_id_last4: s.national_id_last4 ?? "",
      province: s.province ?? "",
      orders: r.orders.size,
      revenue: [...r.bases.values()].reduce((n, b) => n + b, 0),
      vat: r.vat,
      pit: r.pit,
      total: r.vat + r.pit,
    }
  })
  lines.sort((a, b) => a.seller_name.localeCompare(b.seller_name, "vi"))
  const sum = (k: "revenue" | "vat" | "pit" | "total") => lines.reduce((n, l) => n + l[k], 0)
  const options = withholdingOptions(container)
  return {
    month,
    rates: { vat_rate_bp: options.vatRateBp, pit_rate_bp: options.pitRateBp, seller_types: options.sellerTypes },
    sellers: lines,
    totals: { revenue: sum("revenue"), vat: sum("vat"), pit: sum("pit"), total: sum("total") },
  }
}
