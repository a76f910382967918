/**
 * The delivery options every new seller starts with, in integer VND. The operator changes a
 * seller's options and prices in Medusa Admin (Locations & Shipping).
 */
export const DEFAULT_DELIVERY_OPTIONS = [
  { code: "standard", name: "Giao hàng tiêu chuẩn", description: "Giao trong 2–4 ngày", amount: 30000 },
  { code: "express", name: "Giao nhanh", description: "Giao trong 24 giờ ở nội thành", amount: 55000 },
]
