/** GET /seller/earnings (plugins/seller-finance): integer VND, computed from the seller's ledger. */
export type SellerEarnings = {
  balance: number
  pending: number
  in_payout: number
  available: number
  paid_out: number
  months: { month: string; sales: number; commission: number; withholding: number; payouts: number }[]
}

/** One order's deductions: GET /seller/earnings/orders. */
export type SellerOrderEarnings = {
  order_id: string
  display_id: number | null
  placed_at: string
  stage: string | null
  total: number
  paid_via: "online" | "cash" | null
  refunded: number
  commission: number
  withholding: { applies: boolean; base: number; vat_rate_bp: number; pit_rate_bp: number; vat: number; pit: number }
  net: number
  lines: {
    line_item_id: string
    title: string
    quantity: number
    line_total: number
    commission: number
    rule: { scope: "default" | "category" | "seller" | "none"; kind: "percentage" | "fixed" | null; rate_bp: number | null; fixed_amount: number | null }
  }[]
}
