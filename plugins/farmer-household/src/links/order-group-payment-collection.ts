import { defineLink } from "@medusajs/framework/utils"
import PaymentModule from "@medusajs/medusa/payment"
import OrderGroupModule from "../modules/order-group"

// The buyer pays the group once. The cart's payment collection is linked to the group, not to
// the seller orders: Medusa books a capture on the one order linked to a collection, which
// would put the whole group's payment on a single seller's order.
export default defineLink(OrderGroupModule.linkable.orderGroup, PaymentModule.linkable.paymentCollection)
