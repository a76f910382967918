import { model } from "@medusajs/framework/utils"

/**
 * The commission of one order line, fixed when the seller order was placed: the rule in force
 * then (copied, not referenced, so a later change or deletion of the rule rewrites nothing) and
 * the amount it gave. One row per line item (unique), so a redelivered order.placed adds nothing.
 */
export const OrderLineCommission = model
  .define("order_line_commission", {
    id: model.id({ prefix: "olc" }).primaryKey(),
    line_item_id: model.text().unique(),
    order_id: model.text(),
    seller_id: model.text(),
    rule_id: model.text().nullable(),
    rule_scope: model.enum(["default", "category", "seller", "none"]),
    rule_kind: model.enum(["percentage", "fixed"]).nullable(),
    rate_bp: model.number().nullable(),
    fixed_amount: model.number().nullable(),
    quantity: model.number(),
    line_total: model.number(),
    amount: model.number(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["seller_id"] }])
