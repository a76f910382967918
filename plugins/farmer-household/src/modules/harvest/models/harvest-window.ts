import { model } from "@medusajs/framework/utils"
import { HarvestPlan } from "./harvest-plan"

/** A recurring harvest window, month-days ("MM-DD") both included; may wrap the new year. */
export const HarvestWindow = model.define("harvest_window", {
  id: model.id({ prefix: "hwin" }).primaryKey(),
  label: model.text(),
  start_day: model.text(),
  end_day: model.text(),
  // The seller's order, for showing windows as entered.
  rank: model.number().default(0),
  plan: model.belongsTo(() => HarvestPlan, { mappedBy: "windows" }),
})
