import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { ORDER_STAGE_FIELDS, sellerOrderStage } from "@nongsan/farmer-household/lib/seller-order-stage"
import { reviewAuthorName } from "../../../lib/author-name"
import { REVIEW_MODULE, type ReviewModuleService } from "../../../modules/review"

export type ReviewableLineInput = { customer_id: string; order_id: string; line_item_id: string }

export type ReviewableLine = {
  order_id: string
  line_item_id: string
  product_id: string
  seller_id: string
  customer_id: string
  author_name: string
}

/**
 * The line a buyer wants to review, with what the review copies from it. Only the buyer's own
 * order (another buyer's answers 404, like one that does not exist), only a line its seller has
 * delivered, and only once.
 */
export const loadReviewableLineStep = createStep("load-reviewable-line", async (input: ReviewableLineInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    // items.* rather than single item fields: Medusa 2.21 answers items.quantity as NaN otherwise.
    fields: ["id", "customer_id", "items.*", "seller.id", "customer.first_name", "customer.last_name", ...ORDER_STAGE_FIELDS],
    filters: { id: input.order_id, customer_id: input.customer_id },
  })
  const item = order?.items?.find((i: any) => i?.id === input.line_item_id)
  if (!order || !item) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, bilingual("Không tìm thấy dòng đơn hàng", "Order line not found"))
  }
  if (sellerOrderStage(order as any) !== "delivered") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      bilingual("Chỉ đánh giá được hàng đã giao tới bạn", "Only a delivered order line can be reviewed")
    )
  }
  const [existing] = await container.resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ line_item_id: item.id }, { select: ["id"] })
  if (existing) {
    throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, bilingual("Bạn đã đánh giá sản phẩm này trong đơn", "You have already reviewed this order line"))
  }
  const line: ReviewableLine = {
    order_id: order.id,
    line_item_id: item.id,
    product_id: item.product_id!,
    seller_id: (order as any).seller?.id,
    customer_id: input.customer_id,
    author_name: reviewAuthorName((order as any).customer),
  }
  return new StepResponse(line)
})
