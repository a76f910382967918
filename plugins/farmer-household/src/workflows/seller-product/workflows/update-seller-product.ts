import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { UpdateSellerProduct } from "../../../api/seller/products/validators"
import { thumbnailUrl, toImageInputs } from "../../../lib/product-images"
import { productMetadata } from "../../../lib/seller-product-input"
import { setHarvestPlanStep } from "../../harvest/steps/set-harvest-plan"
import { syncPreorderBackordersWorkflow } from "../../harvest/workflows/sync-preorder-backorders"

/** A seller edits a product's text, photos, origin, harvest windows and pre-orders, or publishes it. */
export const updateSellerProductWorkflow = createWorkflow(
  "update-seller-product",
  (input: { product_id: string; update: UpdateSellerProduct }) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "metadata", "images.url", "images.metadata"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const update = transform({ input, products }, ({ input, products }) => {
      const { harvest_windows: _w, preorder: _p, origin_province: _o, origin_commune: _c, images, category_id, ...fields } = input.update
      const imageInputs = images && toImageInputs(images, products[0].images ?? [])
      return {
        selector: { id: input.product_id },
        update: {
          ...fields,
          ...(imageInputs ? { images: imageInputs, thumbnail: thumbnailUrl(imageInputs) } : {}),
          ...(category_id !== undefined ? { category_ids: category_id ? [category_id] : [] } : {}),
          // What this edit does not touch is sent back as it was.
          metadata: { ...(products[0].metadata ?? {}), ...productMetadata(input.update, {}) },
        },
      }
    })
    const updated = updateProductsWorkflow.runAsStep({ input: update as any })
    setHarvestPlanStep(
      transform({ input }, ({ input }) => ({ product_id: input.product_id, windows: input.update.harvest_windows, preorder: input.update.preorder }))
    )
    syncPreorderBackordersWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })) })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
