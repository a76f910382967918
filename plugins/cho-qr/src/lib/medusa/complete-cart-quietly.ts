import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { completePaidCartWorkflow } from "../../workflows/payment/workflows/complete-paid-cart"

/**
 * After a payment is confirmed: completes its cart into orders, reporting rather than throwing
 * on failure. The confirmation is already recorded; the buyer's own completion (or an
 * operator) can finish the cart later, so the money is never lost with it.
 */
export async function completeCartQuietly(scope: MedusaContainer, paymentCollectionId: string, workflowId: string): Promise<boolean> {
  try {
    await completePaidCartWorkflow(scope).run({ input: { payment_collection_id: paymentCollectionId, workflow_id: workflowId } })
    return true
  } catch (error) {
    scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Payment for ${paymentCollectionId} confirmed, cart not completed: ${(error as Error).message}`)
    return false
  }
}
