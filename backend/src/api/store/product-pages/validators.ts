import { z } from "@medusajs/framework/zod"

/** Without a region the product comes without prices, as from Medusa's `/store/products`. */
export const StoreProductPageQuerySchema = z.object({ region_id: z.string().trim().min(1).max(100).optional() })
export type StoreProductPageQuery = z.infer<typeof StoreProductPageQuerySchema>
