import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export type PlaceOrderGroupInput = { id: string; total: number; customer_id?: string | null; email?: string | null }

/**
 * The completion's last write: the group becomes "placed", with its total and its buyer as the
 * cart had them. Until then readers treat its orders as not made, and a later completion of the
 * cart undoes and redoes them; from then on it is the buyer's purchase, returned as it is.
 */
export const placeOrderGroupStep = createStep("place-order-group", async (input: PlaceOrderGroupInput, { container }) => {
  const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
  const group = await service.updateOrderGroups({
    id: input.id,
    status: "placed",
    total: input.total,
    customer_id: input.customer_id ?? null,
    email: input.email ?? null,
  })
  return new StepResponse(group)
})
