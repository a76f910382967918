import { z } from "@medusajs/framework/zod"
import { SELLING_UNITS } from "@nongsan/farmer-household/api/seller/products/validators"
import { bilingual } from "@nongsan/farmer-household/lib/validation"

const day = z.iso.date(bilingual("Ngày theo dạng YYYY-MM-DD, ví dụ 2025-06-10", "Dates as YYYY-MM-DD, e.g. 2025-06-10"))
// An emptied field is cleared (null); a field left out of an update is left alone (undefined).
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || null)
    .nullable()
    .optional()

/** What a seller writes about a batch; its code, product and scan count are not the seller's to set. */
const BatchFieldsSchema = z.object({
  harvest_date: day,
  packing_date: day.nullable().optional(),
  plot: z.string().trim().min(1).max(200),
  quantity: z
    .number({ error: bilingual("Số lượng phải là số", "Quantity must be a number") })
    .int(bilingual("Số lượng là số nguyên", "Quantity is a whole number"))
    .positive(bilingual("Số lượng phải lớn hơn 0", "Quantity must be more than 0"))
    .max(10_000_000),
  unit: z.enum(SELLING_UNITS),
  vietgap_code: optionalText(80),
  notes: optionalText(1000),
})
export type BatchFields = z.infer<typeof BatchFieldsSchema>

export const CreateBatchSchema = BatchFieldsSchema.extend({ product_id: z.string().trim().min(1) }).strict()
export type CreateBatch = z.infer<typeof CreateBatchSchema>

export const UpdateBatchSchema = BatchFieldsSchema.partial().strict()
export type UpdateBatch = z.infer<typeof UpdateBatchSchema>

/** POST /seller/orders/:id/line-items/:line_item_id/batch */
export const AssignBatchSchema = z.object({ batch_id: z.string().trim().min(1) }).strict()
export type AssignBatch = z.infer<typeof AssignBatchSchema>
