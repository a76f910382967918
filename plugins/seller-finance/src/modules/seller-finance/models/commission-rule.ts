import { model } from "@medusajs/framework/utils"

/**
 * The operator's commission: a percentage in basis points (250 = 2.5 %) or a fixed amount in VND
 * per unit sold, for one seller, one product category, or everything else (the default, no
 * target). At most one live rule per target; a seller's rule beats a category's, which beats the
 * default. Changing a rule never touches past orders: each order line keeps the rule it was sold
 * under (order_line_commission).
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "comr" }).primaryKey(),
    scope: model.enum(["default", "category", "seller"]),
    /** The seller's or the category's id; "" for the default, so the unique index covers it. */
    target_id: model.text().default(""),
    kind: model.enum(["percentage", "fixed"]),
    rate_bp: model.number().nullable(),
    fixed_amount: model.number().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["scope", "target_id"], unique: true, where: "deleted_at IS NULL" }])
