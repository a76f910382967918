import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductVariantsWorkflow, setProductProductOptionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { SellerVariant } from "../../../api/seller/products/validators"
import { PACK_OPTION, toVariantInput } from "../../../lib/seller-product-input"
import { syncPreorderBackordersWorkflow } from "../../harvest/workflows/sync-preorder-backorders"
import { setVariantStockStep } from "../steps/set-variant-stock"

/** Adds a pack size (a new value of the "Quy cách" option, then its variant and stock, open to pre-orders like its siblings). */
export const addSellerVariantWorkflow = createWorkflow(
  "add-seller-variant",
  (input: { product_id: string; variant: SellerVariant }) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "options.id", "options.title", "options.values.value"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    // Since Medusa 2.21 option values are linked to each product: create the value and link it.
    const optionUpdate = transform({ input, products }, ({ input, products }) => {
      const option = products[0].options.find((o: any) => o.title === PACK_OPTION)!
      const exists = option.values.some((v: any) => v.value === input.variant.title)
      return {
        product_id: input.product_id,
        update: exists ? [] : [{ product_option_id: option.id, add: [{ value: input.variant.title }] }],
      }
    })
    setProductProductOptionsWorkflow.runAsStep({ input: optionUpdate })
    const variants = createProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_variants: [{ product_id: input.product_id, ...toVariantInput(input.variant) }],
      })),
    })
    setVariantStockStep(transform({ input, variants }, ({ input, variants }) => [{ variant_id: variants[0].id, stock: input.variant.stock }]))
    syncPreorderBackordersWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })) })
    return new WorkflowResponse(transform({ variants }, ({ variants }) => variants[0]))
  }
)
