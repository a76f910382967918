import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import HarvestModule from "../modules/harvest"

// A product's harvest plan, read through `product.harvest_plan`. Read-only: the plan keeps the
// product's id itself (one plan per product), so no link table is needed.
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...HarvestModule.linkable.harvestPlan.id, primaryKey: "product_id" },
  { readOnly: true }
)
