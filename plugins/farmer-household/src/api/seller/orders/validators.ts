import { z } from "@medusajs/framework/zod"

export const ShipSellerOrderSchema = z
  .object({
    carrier: z.string().trim().min(1).max(80),
    tracking_number: z.string().trim().min(3).max(64),
    tracking_url: z.url().max(500).nullable().optional(),
  })
  .strict()
export type ShipSellerOrder = z.infer<typeof ShipSellerOrderSchema>

export const CancelSellerOrderSchema = z.object({ reason: z.string().trim().min(3).max(500) }).strict()
export type CancelSellerOrder = z.infer<typeof CancelSellerOrderSchema>
