import { z } from "@medusajs/framework/zod"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { SEARCH_FACETS } from "../../../lib/search/product-search-query"

/** `?x=a&x=b` or `?x=a`: a list either way, each value trimmed and non-empty. */
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(item).max(20))
    .optional()

const vnd = (name: string) =>
  z.coerce
    .number({ error: bilingual(`${name} phải là số tiền (đồng)`, `${name} must be an amount in VND`) })
    .int(bilingual(`${name} phải là số nguyên (đồng)`, `${name} must be a whole number of VND`))
    .min(0, bilingual(`${name} không được âm`, `${name} cannot be negative`))
    .optional()

export const SEASON_STATES = ["in_season", "preorder", "out_of_season", "year_round"] as const

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const

export const StoreSearchQuerySchema = z
  .object({
    q: z.string().trim().max(200, bilingual("Từ khóa quá dài (tối đa 200 ký tự)", "Query too long (200 characters at most)")).optional(),
    category: list(z.string().trim().min(1).max(100)),
    province: list(z.string().trim().min(1).max(100)),
    certification: list(z.enum(["vietgap", "organic", "globalgap", "other", "ocop"])),
    ocop_stars: list(
      z
        .string()
        .regex(/^[345]$/, bilingual("Số sao OCOP là 3, 4 hoặc 5", "OCOP stars are 3, 4 or 5"))
        .transform(Number)
    ),
    price_min: vnd("price_min"),
    price_max: vnd("price_max"),
    in_stock: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    // The harvest season now (the harvest module's state): "in_season" is what is picked these days.
    season: list(
      z.enum(SEASON_STATES, {
        error: bilingual("Mùa vụ là in_season, preorder, out_of_season hoặc year_round", "season is in_season, preorder, out_of_season or year_round"),
      })
    ),
    sort: z
      .enum(SEARCH_SORTS, { error: bilingual("sort là relevance, price_asc, price_desc hoặc newest", "sort is relevance, price_asc, price_desc or newest") })
      .default("relevance"),
    // Which facets to count (all when absent); "none": the hits alone, without facets or count.
    facets: list(
      z.enum(SEARCH_FACETS, {
        error: bilingual(
          "facets là category, province, ocop_stars, certification, price hoặc none",
          "facets are category, province, ocop_stars, certification, price or none"
        ),
      })
    ),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .refine((v) => v.price_min === undefined || v.price_max === undefined || v.price_min <= v.price_max, {
    message: bilingual("price_min không được lớn hơn price_max", "price_min cannot exceed price_max"),
    path: ["price_min"],
  })
export type StoreSearchQuery = z.infer<typeof StoreSearchQuerySchema>

export const StoreSearchSuggestionsQuerySchema = z.object({
  q: z
    .string({ error: bilingual("Cần từ khóa q", "The query q is required") })
    .trim()
    .min(1, bilingual("Cần từ khóa q", "The query q is required"))
    .max(100, bilingual("Từ khóa quá dài (tối đa 100 ký tự)", "Query too long (100 characters at most)")),
  limit: z.coerce.number().int().min(1).max(10).default(6),
})
export type StoreSearchSuggestionsQuery = z.infer<typeof StoreSearchSuggestionsQuerySchema>
