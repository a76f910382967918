import { z } from "@medusajs/framework/zod"

export const SellerLedgerQuerySchema = z.object({
  seller_id: z.string().trim().min(1),
  order_id: z.string().trim().min(1).optional(),
})
export type SellerLedgerQuery = z.infer<typeof SellerLedgerQuerySchema>
