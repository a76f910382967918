import { z } from "@medusajs/framework/zod"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { canonicalProvince } from "../../../lib/figures/canonical-province"

export const CertifiedCountSchema = z.object({
  province: z
    .string()
    .transform((text, ctx) => {
      const province = canonicalProvince(text)
      if (!province) ctx.addIssue({ code: "custom", message: bilingual("Không có tỉnh, thành phố này (34 đơn vị từ 1/7/2025)", "No such province (34 units since 1 July 2025)") })
      return province ?? text
    }),
  year: z.number().int().min(2018, bilingual("Năm từ 2018 (năm đầu xếp hạng OCOP)", "Year from 2018 (the first OCOP ratings)")).max(2100),
  certified_count: z.number().int().min(0, bilingual("Số sản phẩm không được âm", "The count cannot be negative")).max(100_000),
  source: z.string().trim().max(200).nullish(),
})
export type CertifiedCountBody = z.infer<typeof CertifiedCountSchema>
