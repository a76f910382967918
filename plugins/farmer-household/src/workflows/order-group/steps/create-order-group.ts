import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export type CreateOrderGroupInput = {
  cart_id: string
  customer_id?: string | null
  email?: string | null
  currency_code: string
  order_ids: string[]
  /** What the cart's payment collection will charge, when it has one. */
  payment_amount?: number | null
}

/**
 * Creates the group of the seller orders just made from a cart. Its total is the sum of the
 * orders' totals as the Order Module computes them, and it must equal what the payment
 * collection charges: the buyer pays the group once, so a difference would over- or under-charge.
 */
export const createOrderGroupStep = createStep(
  "create-order-group",
  async (input: CreateOrderGroupInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "total"], filters: { id: input.order_ids } })
    const total = orders.reduce((sum, o) => MathBN.add(sum, o.total), MathBN.convert(0))
    if (input.payment_amount != null && !MathBN.eq(total, input.payment_amount)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Số tiền thanh toán (${input.payment_amount}) khác tổng các đơn (${total.toNumber()}); hãy tải lại giỏ hàng / ` +
          `The payment amount (${input.payment_amount}) differs from the orders' total (${total.toNumber()}); reload the cart`
      )
    }
    const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    const group = await service.createOrderGroups({
      cart_id: input.cart_id,
      customer_id: input.customer_id ?? null,
      email: input.email ?? null,
      currency_code: input.currency_code,
      total: total.toNumber(),
    })
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: OrderGroupModuleService = container.resolve(ORDER_GROUP_MODULE)
    await service.deleteOrderGroups(id)
  }
)
