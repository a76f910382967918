import { z } from "@medusajs/framework/zod"
import { bilingual, pageQuery } from "../../../lib/validation"
import { normalizeVietnamesePhone } from "../../../lib/phone"
import { PROVINCES } from "../../../lib/provinces"
import { findCommune, findProvince } from "../../../lib/administrative-units"

export const phoneSchema = z
  .string()
  .transform((value, ctx) => {
    const phone = normalizeVietnamesePhone(value)
    if (!phone) ctx.addIssue({ code: "custom", message: bilingual("Số điện thoại không hợp lệ", "Invalid phone number") })
    return phone ?? value
  })

const text = (max: number) => z.string().trim().min(1).max(max)

export const provinceSchema = z.enum(PROVINCES, {
  error: bilingual("Chọn một trong 34 tỉnh, thành phố (đơn vị hành chính từ 1/7/2025)", "Choose one of the 34 provinces (units since 1 July 2025)"),
})

/**
 * Province and commune name one place: when both are given, the commune must be one of the
 * province's since 1 July 2025, and is kept under its official name ("xa thanh ha" → "Xã Thanh Hà").
 */
export function withOfficialCommune<T extends { province?: string | null; commune?: string | null }>(value: T, ctx: z.RefinementCtx<T>): T {
  const province = value.province ? findProvince(value.province) : undefined
  if (!province || !value.commune) return value
  const commune = findCommune(province, value.commune)
  if (commune) return { ...value, commune: commune.name }
  ctx.addIssue({
    code: "custom",
    path: ["commune"],
    message: bilingual(`${province.name} không có xã, phường, đặc khu "${value.commune}"`, `${province.name} has no commune, ward or special zone "${value.commune}"`),
  })
  return value
}

/** What a household fills in to register: kept short on purpose (phone, little patience). */
export const RegisterSellerSchema = z.object({
  name: text(120),
  type: z.enum(["household", "cooperative", "enterprise"]).default("household"),
  representative_name: text(120),
  phone: phoneSchema,
  email: z.email().max(200).optional(),
  province: provinceSchema,
  commune: text(100),
  address_line: text(200).optional(),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, bilingual("Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch", "Handle: lower-case letters, digits and dashes"))
    .max(80)
    .optional(),
}).transform(withOfficialCommune)
export type RegisterSeller = z.infer<typeof RegisterSellerSchema>

/**
 * The shop's seller list: `?sort=newest&limit=6` for the home page's new farms, everything (by
 * name) for the sitemap. Capped so one request never reads the whole table at once.
 */
export const StoreListSellersSchema = pageQuery(1000, 1000).extend({
  sort: z
    .enum(["name", "newest"], { error: bilingual("sort là name hoặc newest", "sort is name or newest") })
    .default("name"),
})
export type StoreListSellers = z.infer<typeof StoreListSellersSchema>
