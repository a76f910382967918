import { model } from "@medusajs/framework/utils"

/**
 * A selling account: a farmer household (hộ sản xuất), a cooperative (HTX) or an enterprise.
 * Origin uses the post-2025 administrative units: province and commune, no district.
 */
export const Seller = model.define("seller", {
  id: model.id({ prefix: "sel" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  type: model.enum(["household", "cooperative", "enterprise"]).default("household"),
  status: model.enum(["pending", "approved", "suspended"]).default("pending"),
  province: model.text().nullable(),
  commune: model.text().nullable(),
  story: model.text().nullable(),
})
