import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductVariantsStep } from "@medusajs/medusa/core-flows"
import { planPreorderBackordersStep } from "../steps/plan-preorder-backorders"

/**
 * Medusa checks stock when an item is added to a cart (and when its quantity changes) unless the
 * variant allows backorders, and no hook can lift that check for one item. A pre-order is an
 * order ahead of the harvest, so a product open to pre-orders lets its variants be ordered
 * beyond stock: this keeps `allow_backorder` equal to "outside the windows, pre-orders on".
 * Run when a seller changes a plan, and by the sync-preorder-backorders job as dates pass.
 *
 * The flag only lifts the stock check. Whether a product may be ordered at all (out of season,
 * cap reached) is checked exactly by the cart hooks and at completion, which also decides
 * per line, from the clock, whether it is a pre-order: a flag a few minutes stale can let an
 * in-season item into a cart beyond stock, never through checkout.
 */
export const syncPreorderBackordersWorkflow = createWorkflow(
  "sync-preorder-backorders",
  (input: { product_ids?: string[] }) => {
    const plan = planPreorderBackordersStep(input)
    when("allow-backorders", { plan }, ({ plan }) => plan.allow.length > 0).then(() => {
      updateProductVariantsStep(
        transform({ plan }, ({ plan }) => ({ selector: { id: plan.allow }, update: { allow_backorder: true } }))
      ).config({ name: "allow-backorders" })
    })
    when("disallow-backorders", { plan }, ({ plan }) => plan.disallow.length > 0).then(() => {
      updateProductVariantsStep(
        transform({ plan }, ({ plan }) => ({ selector: { id: plan.disallow }, update: { allow_backorder: false } }))
      ).config({ name: "disallow-backorders" })
    })
    return new WorkflowResponse(plan)
  }
)
