import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { CreateSellerProduct } from "../../../api/seller/products/validators"
import { toProductInput } from "../../../lib/seller-product-input"
import { setHarvestPlanStep } from "../../harvest/steps/set-harvest-plan"
import { syncPreorderBackordersWorkflow } from "../../harvest/workflows/sync-preorder-backorders"
import { syncSellerVisibilityStep } from "../../seller/steps/sync-seller-visibility"
import { setVariantStockStep } from "../steps/set-variant-stock"
import { uniqueProductHandleStep } from "../steps/unique-product-handle"

/**
 * A seller lists a product: Medusa's own product workflow (the seller link is made by our hook on
 * it), then the stock of each pack, its harvest plan, then the shop's sales channel if the seller is open.
 */
export const createSellerProductWorkflow = createWorkflow(
  "create-seller-product",
  (input: { seller_id: string; product: CreateSellerProduct }) => {
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "province", "commune", "shipping_profile.id"],
      filters: { id: input.seller_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-seller" })

    const handle = uniqueProductHandleStep({ title: input.product.title })
    const productInput = transform({ input, sellers, handle }, ({ input, sellers, handle }) => ({
      // The seller's own shipping profile: its delivery options and the buyer's choice per seller.
      products: [{ ...toProductInput(input.product, { seller: sellers[0], shippingProfileId: sellers[0].shipping_profile!.id }), handle }],
      additional_data: { seller_id: input.seller_id },
    }))
    const products = createProductsWorkflow.runAsStep({ input: productInput })

    const stock = transform({ input, products }, ({ input, products }) =>
      input.product.variants.map((v) => ({
        variant_id: products[0].variants.find((created) => created.title === v.title)!.id,
        stock: v.stock,
      }))
    )
    setVariantStockStep(stock)
    const productId = transform({ products }, ({ products }) => products[0].id)
    setHarvestPlanStep(
      transform({ input, productId }, ({ input, productId }) => ({
        product_id: productId,
        windows: input.product.harvest_windows,
        preorder: input.product.preorder,
      }))
    )
    syncPreorderBackordersWorkflow.runAsStep({ input: transform({ productId }, ({ productId }) => ({ product_ids: [productId] })) })
    syncSellerVisibilityStep(transform({ input }, ({ input }) => ({ seller_ids: [input.seller_id] })))
    return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
  }
)
