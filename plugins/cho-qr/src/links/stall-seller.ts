import { defineLink } from "@medusajs/framework/utils"
import MarketModule from "../modules/market"

/**
 * farmer-household's `seller` module, named rather than imported: farmer-household depends on
 * this plugin (for the EMVCo text folding), so importing it back would make the plugins build in
 * a circle. These are the fields its `seller` model's linkable carries.
 */
const seller = { serviceName: "seller", field: "seller", linkable: "seller_id", primaryKey: "id", entity: "Seller" }

// A stall has one vendor; a vendor (a household that also sells at the market) may keep several.
export default defineLink({ linkable: MarketModule.linkable.stall, isList: true }, seller)
