import { model } from "@medusajs/framework/utils"
import { Seller } from "./seller"

/** A person who signs in for a seller (the `seller` actor): the head of household, a co-op clerk. */
export const SellerMember = model.define("seller_member", {
  id: model.id({ prefix: "selm" }).primaryKey(),
  name: model.text(),
  phone: model.text().nullable(),
  email: model.text().nullable(),
  role: model.enum(["owner", "member"]).default("owner"),
  seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
})
