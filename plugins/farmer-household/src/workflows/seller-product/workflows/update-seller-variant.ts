import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductVariantsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { UpdateSellerVariant } from "../../../api/seller/products/validators"
import { setVariantStockStep } from "../steps/set-variant-stock"

/** Changes a pack's price, weight, unit or stock. Its name is its option value, so it stays. */
export const updateSellerVariantWorkflow = createWorkflow(
  "update-seller-variant",
  (input: { variant_id: string; update: UpdateSellerVariant }) => {
    const { data: variants } = useQueryGraphStep({
      entity: "variant",
      fields: ["id", "metadata"],
      filters: { id: input.variant_id },
      options: { throwIfKeyNotFound: true },
    })
    const update = transform({ input, variants }, ({ input, variants }) => {
      const u = input.update
      return {
        selector: { id: input.variant_id },
        update: {
          ...(u.sku !== undefined ? { sku: u.sku } : {}),
          ...(u.weight_grams !== undefined ? { weight: u.weight_grams } : {}),
          ...(u.price !== undefined ? { prices: [{ amount: u.price, currency_code: "vnd" }] } : {}),
          metadata: {
            ...(variants[0].metadata ?? {}),
            ...(u.unit ? { unit: u.unit } : {}),
            ...(u.unit_quantity !== undefined ? { unit_quantity: u.unit_quantity } : {}),
          },
        },
      }
    })
    updateProductVariantsWorkflow.runAsStep({ input: update as any })
    when({ input }, ({ input }) => input.update.stock !== undefined).then(() => {
      setVariantStockStep(transform({ input }, ({ input }) => [{ variant_id: input.variant_id, stock: input.update.stock! }]))
    })
    return new WorkflowResponse(input.variant_id)
  }
)
