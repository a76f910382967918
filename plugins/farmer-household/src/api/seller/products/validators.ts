import { z } from "@medusajs/framework/zod"
import { bilingual } from "../../../lib/validation"

/** The units farm produce is sold in. */
export const SELLING_UNITS = ["kg", "box", "bag", "bunch", "bottle", "jar", "piece", "pack"] as const

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

// 29 February is refused: a window must open and close every year.
const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, bilingual("Ngày theo dạng MM-DD, ví dụ 05-20", "Dates as MM-DD, e.g. 05-20"))
  .refine((d) => Number(d.slice(3)) <= DAYS_IN_MONTH[Number(d.slice(0, 2)) - 1]!, {
    message: bilingual("Ngày không có trong mọi năm (ví dụ 31/4, 29/2)", "Not a day of every year (e.g. 31/4, 29/2)"),
  })

/** A recurring harvest window; `from` after `to` wraps the new year (15/11 → 10/2). */
export const HarvestWindowSchema = z.object({
  label: z.string().trim().min(1).max(60).default("Vụ chính"),
  from: monthDay,
  to: monthDay,
})

/** Pre-orders outside the harvest windows, up to `cap` items per season. */
export const PreorderSchema = z
  .object({
    enabled: z.boolean(),
    cap: z.number().int().min(1).max(1_000_000).nullable().optional(),
  })
  .refine((p) => !p.enabled || p.cap, {
    message: bilingual("Cần số lượng nhận đặt trước tối đa mỗi mùa", "A pre-order cap per season is required"),
    path: ["cap"],
  })
  .transform((p) => ({ enabled: p.enabled, cap: p.cap ?? null }))

/** Money is integer VND: a whole number of đồng, never a fraction. */
export const vndPrice = z
  .number({ error: bilingual("Giá phải là số", "Price must be a number") })
  .int(bilingual("Giá tính bằng đồng, không có số lẻ", "Price is whole đồng, no fractions"))
  .min(1000, bilingual("Giá tối thiểu 1.000 ₫", "Minimum price is 1,000 ₫"))
  .max(100_000_000, bilingual("Giá tối đa 100.000.000 ₫", "Maximum price is 100,000,000 ₫"))

export const stockQuantity = z.number().int().min(0).max(1_000_000)

export const SellerVariantSchema = z.object({
  title: z.string().trim().min(1).max(80),
  unit: z.enum(SELLING_UNITS),
  /** How many of the unit's base measure one item holds: 5 for "box of 5 kg". */
  unit_quantity: z.number().positive().max(10_000).optional(),
  weight_grams: z.number().int().min(1).max(100_000),
  price: vndPrice,
  stock: stockQuantity,
  sku: z.string().trim().min(1).max(64).optional(),
})
export type SellerVariant = z.infer<typeof SellerVariantSchema>

/** One stored WebP variant of a product photo, as POST /seller/photos returns it. */
const PhotoVariantSchema = z.object({
  url: z.url().max(1000),
  width: z.number().int().min(1).max(10_000),
  height: z.number().int().min(1).max(10_000),
})

/**
 * A product photo: its URL, or the photo POST /seller/photos returned ({url, variants}). The
 * variants' URLs are kept with the image, because a file provider names each file itself (a time
 * stamp, an S3 id): the narrower files' names cannot be derived from the widest one's.
 */
export const ProductImageSchema = z.union(
  [z.url().max(1000), z.object({ url: z.url().max(1000), variants: z.array(PhotoVariantSchema).max(6).optional() })],
  {
    error: bilingual(
      "Ảnh là một địa chỉ URL hoặc ảnh vừa tải lên (url, variants có url, width, height)",
      "A photo is a URL or an uploaded photo (url, variants with url, width, height)"
    ),
  }
)
export type ProductImageInput = z.infer<typeof ProductImageSchema>

const productFields = {
  title: z.string().trim().min(2).max(120),
  subtitle: z.string().trim().max(200).nullable().optional(),
  description: z.string().trim().max(5000).nullable().optional(),
  category_id: z.string().max(64).nullable().optional(),
  origin_province: z.string().trim().max(100).nullable().optional(),
  origin_commune: z.string().trim().max(100).nullable().optional(),
  /** Replaces the product's windows; [] or null: sold all year. */
  harvest_windows: z.array(HarvestWindowSchema).max(6).nullable().optional(),
  preorder: PreorderSchema.nullable().optional(),
  images: z.array(ProductImageSchema).max(10).optional(),
  status: z.enum(["draft", "published"]).optional(),
}

export const CreateSellerProductSchema = z
  .object({
    ...productFields,
    variants: z
      .array(SellerVariantSchema)
      .min(1, bilingual("Cần ít nhất một quy cách (ví dụ 1 kg)", "At least one pack size (e.g. 1 kg) is needed"))
      .max(10),
  })
  .strict()
  .refine((p) => new Set(p.variants.map((v) => v.title.toLowerCase())).size === p.variants.length, {
    message: bilingual("Tên các quy cách không được trùng nhau", "Pack names must differ"),
    path: ["variants"],
  })
export type CreateSellerProduct = z.infer<typeof CreateSellerProductSchema>

export const UpdateSellerProductSchema = z.object(productFields).partial().strict()
export type UpdateSellerProduct = z.infer<typeof UpdateSellerProductSchema>

export const UpdateSellerVariantSchema = SellerVariantSchema.partial().strict()
export type UpdateSellerVariant = z.infer<typeof UpdateSellerVariantSchema>
