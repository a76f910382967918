// Shapes of the /seller API (plugins/farmer-household/src/api/seller).
import type { HarvestState, HarvestWindow } from "~/types/harvest"
import type { SellingUnit } from "~/utils/pack"

export type SellerStatus = "pending" | "approved" | "rejected" | "suspended"
export type SellerType = "household" | "cooperative" | "enterprise"

export type Seller = {
  id: string
  handle: string
  name: string
  type: SellerType
  status: SellerStatus
  status_reason: string | null
  representative_name: string | null
  phone: string | null
  email: string | null
  province: string | null
  commune: string | null
  address_line: string | null
  farm_area_m2: number | null
  story: string | null
  national_id_masked: string | null
  bank_bin: string | null
  bank_account_number: string | null
  bank_account_holder: string | null
  closed_from: string | null
  closed_until: string | null
  closure_message: string | null
  certifications: unknown[]
  members: { id: string; name: string | null; phone: string | null; email: string | null; role: string }[]
}

export type SellerVariant = {
  id: string
  title: string
  sku: string | null
  weight_grams: number
  unit: SellingUnit | null
  unit_quantity: number | null
  price: number
  stock: number
  reserved: number
}

/** Pre-orders outside the harvest windows, up to `cap` items (packs) per season. */
export type PreorderOffer = { enabled: boolean; cap: number | null }

export type SellerProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: "draft" | "published" | "proposed" | "rejected"
  thumbnail: string | null
  images: string[]
  category: { id: string; name: string } | null
  origin_province: string | null
  origin_commune: string | null
  harvest_windows: HarvestWindow[]
  preorder: PreorderOffer
  /** The season now; preorder_remaining is what is left of the cap this season. */
  season: { state: HarvestState; ships_from: string | null; next_season_from: string | null; preorder_remaining: number | null } | null
  variants: SellerVariant[]
}

export type RegisterSellerInput = {
  name: string
  type: SellerType
  representative_name: string
  phone: string
  email?: string
  province: string
  commune: string
  address_line?: string
}

export type VariantInput = {
  title: string
  unit: SellingUnit
  unit_quantity?: number
  weight_grams: number
  price: number
  stock: number
  sku?: string
}

export type ProductInput = {
  title: string
  subtitle?: string | null
  description?: string | null
  category_id?: string | null
  origin_province?: string | null
  origin_commune?: string | null
  harvest_windows?: HarvestWindow[] | null
  preorder?: PreorderOffer | null
  images?: ProductPhoto[]
  status?: "draft" | "published"
}

export type UploadedPhoto = { url: string; variants: { width: number; height: number; url: string }[] }
/**
 * A product photo as the dashboard saves it: a photo just uploaded, its variants with it (the
 * shop's srcset lists their own URLs), or a saved photo's URL (the server keeps its variants).
 */
export type ProductPhoto = string | UploadedPhoto

declare module "#app" {
  interface PageMeta {
    /** false: a dashboard page without the bottom tab bar (login, registration). */
    sellerTabs?: boolean
  }
}

export type SellerOrderStage = "new" | "accepted" | "packed" | "shipped" | "delivered" | "cancelled"
export type SellerOrderAction = "accept" | "pack" | "ship" | "deliver" | "cancel"

/** An order in the seller's inbox (GET /seller/orders). Amounts are integer VND. */
export type SellerOrder = {
  id: string
  display_id: number
  group: { id: string; display_id: number } | null
  created_at: string
  stage: SellerOrderStage
  total: number
  shipping_total: number
  items: {
    id: string
    title: string
    variant_title: string | null
    quantity: number
    unit_price: number
    total: number
    /** A pre-order ships from its expected_ship_date ("YYYY-MM-DD"), the next harvest. */
    preorder: boolean
    expected_ship_date: string | null
  }[]
  shipping_address: { first_name?: string; last_name?: string; phone?: string; address_1?: string; city?: string; province?: string } | null
  shipping_method: { name: string; amount: number } | null
  carrier: string | null
  tracking: { tracking_number: string; tracking_url: string | null }[]
  cancel_reason: string | null
  /** Cash on delivery: what the seller collected (captured when marked delivered). */
  cash_collected: { amount: number; at: string } | null
  /** Paid online, then cancelled: what went back to the buyer. */
  refunded: { amount: number; at: string } | null
}

export type SellerNotification = {
  id: string
  template: string
  resource_type: string | null
  resource_id: string | null
  created_at: string
  data: { title?: string; display_id?: number; total?: number; items?: number; reason?: string | null }
}
