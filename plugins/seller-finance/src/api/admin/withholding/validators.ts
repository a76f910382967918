import { z } from "@medusajs/framework/zod"
import { bilingual } from "@nongsan/farmer-household/lib/validation"

export const WithholdingQuerySchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, bilingual("Tháng theo dạng YYYY-MM", "The month is YYYY-MM")),
  format: z.enum(["json", "csv"]).default("json"),
})
export type WithholdingQuery = z.infer<typeof WithholdingQuerySchema>
