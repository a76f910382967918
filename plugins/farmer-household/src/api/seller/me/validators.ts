import { z } from "@medusajs/framework/zod"
import { bilingual } from "../../../lib/validation"
import { phoneSchema, provinceSchema, withOfficialCommune } from "../../store/sellers/validators"

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional()

export const UpdateSellerProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    representative_name: optionalText(120),
    phone: phoneSchema.optional(),
    email: z.email().max(200).nullable().optional(),
    province: provinceSchema.nullable().optional(),
    commune: optionalText(100),
    address_line: optionalText(200),
    farm_area_m2: z.number().int().min(0).max(100_000_000).nullable().optional(),
    story: optionalText(2000),
    national_id: z
      .string()
      .regex(/^\d{12}$/, bilingual("Số CCCD gồm 12 chữ số", "A citizen ID (CCCD) has 12 digits"))
      .optional(),
    bank_bin: z
      .string()
      .regex(/^\d{6}$/, bilingual("Mã BIN ngân hàng gồm 6 chữ số", "A bank BIN has 6 digits"))
      .nullable()
      .optional(),
    bank_account_number: z
      .string()
      .regex(/^[0-9A-Za-z]{4,19}$/, bilingual("Số tài khoản gồm 4–19 chữ số hoặc chữ cái", "An account number has 4–19 letters or digits"))
      .nullable()
      .optional(),
    bank_account_holder: optionalText(120),
    closed_from: z.coerce.date().nullable().optional(),
    closed_until: z.coerce.date().nullable().optional(),
    closure_message: optionalText(300),
  })
  .strict()
  .refine((v) => !(v.closed_from && v.closed_until) || v.closed_from < v.closed_until, {
    message: bilingual("Ngày mở lại phải sau ngày tạm nghỉ", "The reopening date must be after the closing date"),
    path: ["closed_until"],
  })
  .transform(withOfficialCommune)
export type UpdateSellerProfile = z.infer<typeof UpdateSellerProfileSchema>
