import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SellerModule from "../modules/seller"

// Each seller order belongs to one seller; a seller has many orders.
export default defineLink(SellerModule.linkable.seller, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
