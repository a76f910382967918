import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceabilityModule from "../modules/traceability"

// A product has many batches; a batch is of one product, and belongs to that product's seller.
// A deleted product takes its batches with it.
export default defineLink(ProductModule.linkable.product, {
  linkable: TraceabilityModule.linkable.batch,
  isList: true,
  deleteCascade: true,
})
