import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACTION_FROM, ORDER_STAGE_FIELDS, sellerOrderStage } from "../../../lib/seller-order-stage"
import { bilingual } from "../../../lib/validation"

const STAGE_VI: Record<string, string> = {
  new: "mới",
  accepted: "đã nhận",
  packed: "đã đóng gói",
  shipped: "đang giao",
  delivered: "đã giao",
  cancelled: "đã hủy",
}

/** Refuses an action the order's stage does not allow; returns what the action needs. */
export const validateOrderActionStep = createStep(
  "validate-seller-order-action",
  async (input: { order_id: string; action: keyof typeof ACTION_FROM }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "items.*", ...ORDER_STAGE_FIELDS],
      filters: { id: input.order_id },
    })
    const stage = sellerOrderStage(order)
    if (!ACTION_FROM[input.action].includes(stage)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        bilingual(`Không thể thực hiện khi đơn hàng đang ở trạng thái "${STAGE_VI[stage]}"`, `Cannot ${input.action} an order that is ${stage}`)
      )
    }
    const live = (order.fulfillments ?? []).filter((f: any) => f && !f.canceled_at)
    return new StepResponse({
      stage,
      items: (order.items ?? []).map((i: any) => ({ id: i.id as string, quantity: Number(i.quantity) })),
      fulfillment_ids: live.map((f: any) => f.id as string),
    })
  }
)
