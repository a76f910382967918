import { z } from "@medusajs/framework/zod"
import { bilingual } from "../../../lib/validation"
import { normalizeVietnamesePhone } from "../../../lib/phone"

export const phoneSchema = z
  .string()
  .transform((value, ctx) => {
    const phone = normalizeVietnamesePhone(value)
    if (!phone) ctx.addIssue({ code: "custom", message: bilingual("Số điện thoại không hợp lệ", "Invalid phone number") })
    return phone ?? value
  })

const text = (max: number) => z.string().trim().min(1).max(max)

/** What a household fills in to register: kept short on purpose (phone, little patience). */
export const RegisterSellerSchema = z.object({
  name: text(120),
  type: z.enum(["household", "cooperative", "enterprise"]).default("household"),
  representative_name: text(120),
  phone: phoneSchema,
  email: z.email().max(200).optional(),
  province: text(100),
  commune: text(100),
  address_line: text(200).optional(),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, bilingual("Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch", "Handle: lower-case letters, digits and dashes"))
    .max(80)
    .optional(),
})
export type RegisterSeller = z.infer<typeof RegisterSellerSchema>
