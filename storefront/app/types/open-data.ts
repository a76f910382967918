/** An open dataset as /open-data/v1/<id>.json publishes it (plugins/statistics). */
export type OpenDataset<Row> = {
  dataset: string
  version: string
  title: { vi: string; en: string }
  description: { vi: string; en: string }
  generated_on: string
  /** The months monthly rows cover (yyyy-mm), oldest first. */
  months: string[]
  licence: { name: string; url: string; attribution: string; notice: { vi: string; en: string } }
  suppression: { threshold: number; vi: string; en: string }
  schema: string
  csv: string
  rows: Row[]
}

/** null: suppressed (fewer than 5). */
type Suppressible = number | null

export type SellerRow = { province: string | null; seller_type: "household" | "cooperative" | "enterprise"; sellers: Suppressible }
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
export type OrderRow = { month: string; side: "origin" | "destination"; province: string | null; orders: Suppressible; sales_vnd: Suppressible }
export type MarketRow = {
  month: string
  market: string
  commune: string
  province: string
  stalls: number
  stalls_with_qr: number
  stalls_paid: number
  stalls_paid_share: number | null
  payments: Suppressible
  cashless_vnd: Suppressible
}
