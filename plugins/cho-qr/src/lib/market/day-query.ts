import { z } from "@medusajs/framework/zod"
import { BUSINESS_DAY_PATTERN, businessDay } from "./business-day"

/** `?day=yyyy-mm-dd` (a market day in Vietnam), today when absent. */
export const DayQuerySchema = z.object({
  day: z.string().regex(BUSINESS_DAY_PATTERN, "Ngày phải có dạng yyyy-mm-dd / day must be yyyy-mm-dd").optional().transform((d) => d ?? businessDay()),
})
