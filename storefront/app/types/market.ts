/** A line of a stall's books, as /seller/stalls/:id/ledger and the live feed send it. */
export type StallLedgerEntry = {
  id: string
  seq: number
  kind: "payment" | "refund" | "correction"
  amount: number
  description: string
  sale_code: string | null
  occurred_at: string
  business_day: string
}

export type VendorStall = {
  id: string
  number: string
  name: string
  goods: string | null
  bank_bin: string
  account_number: string
  account_holder: string
  market: { id: string; name: string; commune: string; province: string; opening_hours: string | null }
  qr_payload: string
  /** The market has a VNPay merchant: a sale may be shown as VNPAY-QR. */
  vnpay_qr: boolean
  today: { day: string; total: number; payment_count: number; closed: boolean }
}

export type StallDay = { day: string; entries: StallLedgerEntry[]; total: number; payment_count: number; closed: unknown | null; last_seq: number }
