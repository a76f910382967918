import { model } from "@medusajs/framework/utils"
import { Stall } from "./stall"

/** The vendor's end of a market day: the totals as they stood when the day was closed. */
export const StallDayClose = model
  .define("stall_day_close", {
    id: model.id({ prefix: "sclose" }).primaryKey(),
    business_day: model.text(),
    payment_count: model.number(),
    total: model.number(),
    closed_at: model.dateTime(),
    stall: model.belongsTo(() => Stall, { mappedBy: "closes" }),
  })
  .indexes([{ on: ["stall_id", "business_day"], unique: true }])
