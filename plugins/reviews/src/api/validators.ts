import { z } from "@medusajs/framework/zod"
import { bilingual } from "@nongsan/farmer-household/lib/validation"

const id = z.string().trim().min(1).max(100)

export const CreateReviewSchema = z
  .object({
    order_id: id,
    line_item_id: id,
    // z.coerce: a review with photos comes as multipart form fields, where every value is text.
    rating: z.coerce
      .number()
      .int()
      .min(1, bilingual("Chọn từ 1 đến 5 sao", "Choose 1 to 5 stars"))
      .max(5, bilingual("Chọn từ 1 đến 5 sao", "Choose 1 to 5 stars")),
    // An empty form field is no words at all.
    body: z.string().trim().max(2000).nullable().optional().transform((text) => text || null),
  })
  .strict()
export type CreateReview = z.infer<typeof CreateReviewSchema>

export const ReplyToReviewSchema = z.object({ reply: z.string().trim().min(1).max(2000) }).strict()
export type ReplyToReview = z.infer<typeof ReplyToReviewSchema>

export const HideReviewSchema = z
  .object({ reason: z.string().trim().min(3, bilingual("Ghi lý do ẩn (ít nhất 3 ký tự)", "Give a reason (3 characters at least)")).max(500) })
  .strict()
export type HideReview = z.infer<typeof HideReviewSchema>
