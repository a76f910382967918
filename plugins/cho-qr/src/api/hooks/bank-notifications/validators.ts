import { z } from "@medusajs/framework/zod"

/**
 * One credit as the bank-notification service sends it (JSON, signed: see the route). Amounts
 * are whole VND; the description is the transfer's text as the bank shows it.
 */
export const BankNotificationSchema = z.object({
  id: z.string().trim().min(1).max(100),
  bank_bin: z.string().regex(/^\d{6}$/).nullish(),
  account_number: z.string().trim().min(1).max(30),
  amount: z.number().int().positive(),
  description: z.string().max(500),
  occurred_at: z.string().datetime({ offset: true }),
})
