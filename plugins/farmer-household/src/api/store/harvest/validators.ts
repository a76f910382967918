import { z } from "@medusajs/framework/zod"
import { bilingual } from "../../../lib/validation"

/** `?product_id=a&product_id=b` (or one id): up to 100 products at once. */
export const StoreHarvestQuerySchema = z.object({
  product_id: z
    .union([z.string(), z.array(z.string())], { error: bilingual("Cần ít nhất một product_id", "At least one product_id is required") })
    .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
    .pipe(z.array(z.string().trim().min(1).max(64)).min(1).max(100)),
})
export type StoreHarvestQuery = z.infer<typeof StoreHarvestQuerySchema>
