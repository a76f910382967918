import { z } from "@medusajs/framework/zod"
import { bilingual } from "@nongsan/farmer-household/lib/validation"

export const SellerOrderRefundSchema = z.object({
  amount: z.number().int(bilingual("Số tiền phải là số nguyên đồng", "Amounts are whole đồng")).positive(bilingual("Số tiền phải lớn hơn 0", "The amount must be more than 0")),
  note: z.string({ error: bilingual("Vui lòng ghi lý do hoàn tiền", "A reason for the refund is required") }).trim().min(1).max(500),
})
export type SellerOrderRefund = z.infer<typeof SellerOrderRefundSchema>
