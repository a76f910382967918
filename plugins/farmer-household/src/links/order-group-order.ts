import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrderGroupModule from "../modules/order-group"

// A group holds one order per seller of the completed cart.
export default defineLink(OrderGroupModule.linkable.orderGroup, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
