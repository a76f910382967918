import { z } from "@medusajs/framework/zod"
import { bilingual } from "../../../lib/validation"

/** `?q=Thanh Hà, Hải Dương[&limit=5]`: one address, commas between its parts, province last. */
export const ResolveAddressQuerySchema = z.object({
  q: z
    .string({ error: bilingual("Cần địa chỉ cần tra (q)", "An address to resolve (q) is required") })
    .trim()
    .min(2, bilingual("Địa chỉ quá ngắn", "Address too short"))
    .max(200, bilingual("Địa chỉ quá dài (tối đa 200 ký tự)", "Address too long (200 characters at most)")),
  limit: z.coerce.number().int().min(1).max(50).default(20),
})
export type ResolveAddressQuery = z.infer<typeof ResolveAddressQuerySchema>
