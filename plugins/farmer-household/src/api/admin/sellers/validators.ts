import { z } from "@medusajs/framework/zod"

export const ChangeSellerStatusSchema = z.object({
  action: z.enum(["approve", "reject", "suspend", "reinstate"]),
  reason: z.string().trim().max(500).nullable().optional(),
})
export type ChangeSellerStatus = z.infer<typeof ChangeSellerStatusSchema>
