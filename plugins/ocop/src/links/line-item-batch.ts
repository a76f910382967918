import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import TraceabilityModule from "../modules/traceability"

// An order line carries at most one batch (Medusa's link refuses a second one); a batch can be
// sent out on many lines.
export default defineLink(TraceabilityModule.linkable.batch, {
  linkable: OrderModule.linkable.orderLineItem,
  isList: true,
})
