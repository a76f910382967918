import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import lineItemBatchLink from "../../../links/line-item-batch"

/** A batch already sent out on an order stays: its buyers' trace links must keep working. */
export const assertBatchNotOnOrdersStep = createStep("assert-batch-not-on-orders", async (batchId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: lineItemBatchLink.entryPoint, fields: ["batch_id"], filters: { batch_id: batchId } })
  if (data.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      bilingual("Lô này đã gắn với đơn hàng nên không thể xoá", "This batch is on orders and cannot be deleted")
    )
  }
})
