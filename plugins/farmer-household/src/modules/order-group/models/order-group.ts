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
  // Sum of the seller orders' totals: what the buyer pays once.
  total: model.bigNumber(),
})
