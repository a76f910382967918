import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "@nongsan/farmer-household/modules/seller"
import OcopModule from "../modules/ocop"

// A seller holds many certificates; each certificate is one seller's.
export default defineLink(SellerModule.linkable.seller, {
  linkable: OcopModule.linkable.ocopCertificate,
  isList: true,
})
