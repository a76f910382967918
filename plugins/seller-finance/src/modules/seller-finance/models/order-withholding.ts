import { model } from "@medusajs/framework/utils"

/**
 * The tax a seller order is withheld under Decree 117/2025, fixed when the order was placed: the
 * seller's type then, the rates in force, the base (the goods, shipping excluded) and the two
 * amounts. `applies` is false (and the amounts 0) for seller types outside the rule or under the
 * year's revenue threshold. One row per order.
 */
export const OrderWithholding = model
  .define("order_withholding", {
    id: model.id({ prefix: "owh" }).primaryKey(),
    order_id: model.text().unique(),
    seller_id: model.text(),
    seller_type: model.text(),
    applies: model.boolean(),
    base_amount: model.number(),
    vat_rate_bp: model.number(),
    pit_rate_bp: model.number(),
    vat_amount: model.number(),
    pit_amount: model.number(),
  })
  .indexes([{ on: ["seller_id"] }])
