import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import SellerModule from "../modules/seller"

// Each seller ships under a shipping profile of its own. Medusa lets a cart hold one shipping
// method per shipping profile, so this is what lets a buyer choose delivery per seller.
export default defineLink(SellerModule.linkable.seller, FulfillmentModule.linkable.shippingProfile)
