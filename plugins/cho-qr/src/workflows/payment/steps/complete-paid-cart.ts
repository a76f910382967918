import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Completes the cart a confirmed payment belongs to, with the workflow the application names
 * (Medusa's complete-cart, or one that splits carts its own way), run by id so that payment
 * plugins depend on no marketplace code. That workflow is idempotent per cart and compensates
 * itself when it fails. Shared by the VNPay IPN and bank-transfer notifications.
 */
export const completePaidCartStep = createStep(
  "complete-paid-cart",
  async (input: { payment_collection_id: string; workflow_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [collection] } = await query.graph({
      entity: "payment_collection",
      fields: ["id", "cart.id"],
      filters: { id: input.payment_collection_id },
    })
    const cartId = (collection as { cart?: { id: string } } | undefined)?.cart?.id
    if (!cartId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cart for payment collection ${input.payment_collection_id}`)
    const engine = container.resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
    const { result } = await engine.run(input.workflow_id, { input: { cart_id: cartId }, throwOnError: true })
    return new StepResponse({ cart_id: cartId, result })
  },
)
