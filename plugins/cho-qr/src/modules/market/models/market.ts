import { model } from "@medusajs/framework/utils"
import { Stall } from "./stall"

/**
 * A cash-free market (chợ 4.0) run by an operator: where it is on the post-2025 units (commune
 * and province, no district) and when it is open, as people say it ("05:00–18:00").
 */
export const Market = model
  .define("market", {
    id: model.id({ prefix: "mkt" }).primaryKey(),
    name: model.text(),
    commune: model.text(),
    province: model.text(),
    opening_hours: model.text().nullable(),
    stalls: model.hasMany(() => Stall, { mappedBy: "market" }),
  })
  .cascades({ delete: ["stalls"] })
  .indexes([{ on: ["province"] }])
