import { z } from "@medusajs/framework/zod"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { isCalendarDate } from "../../lib/calendar-date"
import { OCOP_LEVELS, OCOP_PRODUCT_GROUP_KEYS, OCOP_STARS } from "../../lib/ocop-rules"

/** Field schemas shared by the seller, admin and store validators. */
export const starsSchema = z.coerce
  .number()
  .refine((n) => (OCOP_STARS as readonly number[]).includes(n), bilingual("Số sao OCOP là 3, 4 hoặc 5", "OCOP stars are 3, 4 or 5"))

export const productGroupSchema = z.enum(OCOP_PRODUCT_GROUP_KEYS, {
  error: bilingual(
    `Nhóm sản phẩm là một trong: ${OCOP_PRODUCT_GROUP_KEYS.join(", ")}`,
    `The product group is one of: ${OCOP_PRODUCT_GROUP_KEYS.join(", ")}`
  ),
})

export const levelSchema = z.enum(OCOP_LEVELS, {
  error: bilingual("Cấp công nhận là tỉnh (province) hoặc Bộ (ministry)", "The level is province or ministry"),
})

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, bilingual("Ngày theo dạng YYYY-MM-DD, ví dụ 2025-08-15", "A date as YYYY-MM-DD, e.g. 2025-08-15"))

/** A query parameter that may be given once or repeated (?stars=4&stars=5). */
export const repeated = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(item).max(max))
