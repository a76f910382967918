import { model } from "@medusajs/framework/utils"
import { HarvestPlan } from "./harvest-plan"

/**
 * Items of one order line pre-ordered for a season. Their sum per plan and season is what the
 * cap is checked against; the unique line item id makes each line count once.
 */
export const HarvestPreorder = model.define("harvest_preorder", {
  id: model.id({ prefix: "hpre" }).primaryKey(),
  // The season: the day its window opens and the pre-order ships from, "YYYY-MM-DD".
  ships_from: model.text(),
  quantity: model.number(),
  order_id: model.text(),
  line_item_id: model.text().unique(),
  plan: model.belongsTo(() => HarvestPlan, { mappedBy: "preorders" }),
}).indexes([{ on: ["order_id"] }])
