import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { requireVnpayOptions } from "../../../lib/plugin-options"

/**
 * Completes the paid cart with the workflow named in the options (Medusa's complete-cart unless
 * the application splits carts its own way), run by id so this plugin depends on no other.
 * That workflow is idempotent per cart and compensates itself when it fails.
 */
export const completePaidCartStep = createStep("complete-paid-cart", async (input: { payment_collection_id: string }, { container }) => {
  const { completeCartWorkflowId } = requireVnpayOptions(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [collection] } = await query.graph({
    entity: "payment_collection",
    fields: ["id", "cart.id"],
    filters: { id: input.payment_collection_id },
  })
  const cartId = (collection as { cart?: { id: string } } | undefined)?.cart?.id
  if (!cartId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cart for payment collection ${input.payment_collection_id}`)
  const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
  const { result } = await engine.run(completeCartWorkflowId, { input: { cart_id: cartId }, throwOnError: true })
  return new StepResponse({ cart_id: cartId, result })
})
