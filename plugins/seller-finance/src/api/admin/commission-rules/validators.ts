import { z } from "@medusajs/framework/zod"
import { bilingual } from "@nongsan/farmer-household/lib/validation"

const vnd = z.number().int(bilingual("Số tiền phải là số nguyên đồng", "Amounts are whole đồng")).min(0)

/** A rule for one target: percentage in basis points (0–10 000) or a fixed VND amount per unit. */
export const CommissionRuleSchema = z
  .object({
    scope: z.enum(["default", "category", "seller"]),
    target_id: z.string().trim().min(1).optional(),
    kind: z.enum(["percentage", "fixed"]),
    rate_bp: z.number().int(bilingual("Tỷ lệ tính bằng phần vạn (số nguyên)", "The rate is in whole basis points")).min(0).max(10_000).optional(),
    fixed_amount: vnd.optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((r) => (r.scope === "default") === (r.target_id === undefined), {
    message: bilingual("Quy tắc mặc định không có đối tượng; quy tắc theo danh mục/người bán cần target_id", "The default rule has no target; a category or seller rule needs target_id"),
    path: ["target_id"],
  })
  .refine((r) => (r.kind === "percentage" ? r.rate_bp !== undefined && r.fixed_amount === undefined : r.fixed_amount !== undefined && r.rate_bp === undefined), {
    message: bilingual("Tỷ lệ phần trăm cần rate_bp, mức cố định cần fixed_amount", "A percentage needs rate_bp, a fixed rule needs fixed_amount"),
    path: ["kind"],
  })
export type CommissionRuleInput = z.infer<typeof CommissionRuleSchema>
