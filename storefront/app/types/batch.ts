// Shapes of the traceability API (plugins/ocop/src/api/seller/batches).
import type { SellingUnit } from "~/utils/pack"

export type SellerBatch = {
  id: string
  code: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  harvest_date: string
  packing_date: string | null
  plot: string
  quantity: number
  unit: SellingUnit
  vietgap_code: string | null
  notes: string | null
  scan_count: number
  trace_url: string
  created_at: string
  updated_at: string
}

export type BatchInput = {
  harvest_date: string
  packing_date: string | null
  plot: string
  quantity: number
  unit: SellingUnit
  vietgap_code: string | null
  notes: string | null
}

export type LineBatch = { id: string; code: string }
