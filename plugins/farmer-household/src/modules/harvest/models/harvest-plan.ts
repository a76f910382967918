import { model } from "@medusajs/framework/utils"
import { HarvestPreorder } from "./harvest-preorder"
import { HarvestWindow } from "./harvest-window"

/**
 * A product's harvest calendar and its pre-order offer. One per product (product_id, linked
 * read-only to Medusa's product); a product without one is sold all year.
 */
export const HarvestPlan = model.define("harvest_plan", {
  id: model.id({ prefix: "hplan" }).primaryKey(),
  product_id: model.text().unique(),
  preorder_enabled: model.boolean().default(false),
  // Items (packs of any size) that may be pre-ordered for one season; required when enabled.
  preorder_cap: model.number().nullable(),
  windows: model.hasMany(() => HarvestWindow, { mappedBy: "plan" }),
  preorders: model.hasMany(() => HarvestPreorder, { mappedBy: "plan" }),
}).cascades({ delete: ["windows"] })
