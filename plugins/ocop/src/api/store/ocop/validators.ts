import { z } from "@medusajs/framework/zod"
import { provinceSchema } from "@nongsan/farmer-household/api/store/sellers/validators"
import { productGroupSchema, repeated, starsSchema } from "../../utils/ocop-schemas"

export const StoreListOcopCertificatesSchema = z.object({
  stars: repeated(starsSchema, 3).optional(),
  /** The full name of one of the 34 provinces, e.g. "Tỉnh Thanh Hóa". */
  province: provinceSchema.optional(),
  product_group: productGroupSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListOcopCertificates = z.infer<typeof StoreListOcopCertificatesSchema>

export const StoreOcopBadgesSchema = z.object({
  product_id: repeated(z.string().min(1).max(100), 100).pipe(z.array(z.string()).min(1)),
})
export type StoreOcopBadges = z.infer<typeof StoreOcopBadgesSchema>
