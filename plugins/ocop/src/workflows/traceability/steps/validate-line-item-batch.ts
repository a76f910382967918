import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@nongsan/farmer-household/api/utils/seller-context"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import lineItemBatchLink from "../../../links/line-item-batch"

export type LineItemBatchInput = { seller_id: string; order_id: string; line_item_id: string; batch_id?: string }

/**
 * Checks that the line is on the order, and (when a batch is given) that the batch is the
 * seller's and of the line's own product. Answers the batch the line carries now, if any.
 */
export const validateLineItemBatchStep = createStep(
  "validate-line-item-batch",
  async (input: LineItemBatchInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // items.* rather than picked fields: Medusa 2.21 computes some order item fields as NaN when picked.
    const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "status", "items.*"], filters: { id: input.order_id } })
    const line = (order?.items as ({ id: string; product_id?: string | null } | null)[] | undefined)?.find((i) => i?.id === input.line_item_id)
    if (!line) notFound({ vi: "dòng hàng", en: "Order line" })
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, bilingual("Đơn hàng đã huỷ", "The order is cancelled"))
    }
    if (input.batch_id) {
      const { data: [batch] } = await query.graph({ entity: "batch", fields: ["id", "product.id", "product.seller.id"], filters: { id: input.batch_id } })
      if (batch?.product?.seller?.id !== input.seller_id) notFound({ vi: "lô hàng", en: "Batch" })
      if (batch.product.id !== line.product_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          bilingual("Lô này không phải của sản phẩm trong dòng hàng", "This batch is not of the line's product")
        )
      }
    }
    const { data: [current] } = await query.graph({
      entity: lineItemBatchLink.entryPoint,
      fields: ["batch_id"],
      filters: { order_line_item_id: input.line_item_id },
    })
    return new StepResponse({ previous_batch_id: (current?.batch_id as string | undefined) ?? null })
  }
)
