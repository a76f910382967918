import { model } from "@medusajs/framework/utils"

/**
 * One purchase of a buyer: the seller orders made from one cart, paid once. The group, not
 * each seller order, is the payable unit (its payment collection is linked here).
 */
export const OrderGroup = model.define("order_group", {
  id: model.id({ prefix: "ogrp" }).primaryKey(),
  // The number the buyer quotes ("Đơn #12"); each seller order keeps its own display_id.
  display_id: model.autoincrement(),
  // Unique: completing a cart twice, or concurrently, can never make a second group.
  cart_id: model.text().unique(),
  customer_id: model.text().nullable(),
  email: model.text().nullable(),
  currency_code: model.text(),
  // Made first, "pending", by the cart's completion, and "placed" by its last step, once the
  // orders are linked, the cart completed and the payment authorized. A process killed in
  // between leaves it pending: readers leave its orders out, and the next completion of the
  // cart undoes what the cut-off one made and splits the cart again into this same group.
  status: model.enum(["pending", "placed"]).default("pending").index(),
  // Sum of the seller orders' totals: what the buyer pays once (0 while pending).
  total: model.bigNumber(),
})
