import { model } from "@medusajs/framework/utils"
import { Stall } from "./stall"

/** One sale the vendor typed in: its dynamic QR carries the amount and memo "NSQ" + code. */
export const StallSale = model.define("stall_sale", {
  id: model.id({ prefix: "ssale" }).primaryKey(),
  code: model.text().unique(),
  amount: model.number(),
  note: model.text().nullable(),
  stall: model.belongsTo(() => Stall, { mappedBy: "sales" }),
})
