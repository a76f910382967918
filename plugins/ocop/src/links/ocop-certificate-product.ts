import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// A certificate covers one or more products; a product may hold several over the years (the
// lapsed one and its renewal).
export default defineLink(
  { linkable: OcopModule.linkable.ocopCertificate, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
