import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SumSellerOrdersInput = {
  order_ids: string[]
  /** What the cart's payment collection will charge, when it has one. */
  payment_amount?: number | null
}

/**
 * The group's total: the sum of the seller orders' totals as the Order Module computes them. It
 * must equal what the payment collection charges, checked before the payment is authorized: the
 * buyer pays the group once, so a difference would over- or under-charge. Writes nothing.
 */
export const sumSellerOrdersStep = createStep("sum-seller-orders", async (input: SumSellerOrdersInput, { container }) => {
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
  return new StepResponse(total.toNumber())
})
