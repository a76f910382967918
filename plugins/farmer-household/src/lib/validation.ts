import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

const viError = z.locales.vi().localeError
const enError = z.locales.en().localeError

/**
 * Validation that answers in Vietnamese first, English beside it. Medusa's own
 * validateAndTransformBody words its errors in English only; our users are farmers.
 * A schema's own message (written "Vietnamese / English") wins over zod's locale texts.
 */
function validate<T extends z.ZodType>(schema: T, from: "body" | "query") {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req[from] ?? {}, {
      error: (issue) => {
        const viText = viError(issue)
        const enText = enError(issue)
        const text = (m: typeof viText) => (typeof m === "string" ? m : m?.message)
        return `${text(viText)} / ${text(enText)}`
      },
    })
    if (!result.success) {
      const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }))
      res.status(400).json({
        type: "invalid_data",
        message: issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "),
        issues,
      })
      return
    }
    if (from === "body") req.validatedBody = result.data
    else req.validatedQuery = result.data as Record<string, unknown>
    next()
  }
}

/** Validates the JSON body into `req.validatedBody`. */
export const validateBody = <T extends z.ZodType>(schema: T) => validate(schema, "body")

/** Validates the query string into `req.validatedQuery`. */
export const validateQuery = <T extends z.ZodType>(schema: T) => validate(schema, "query")

/** "Vietnamese / English" in one string: how our own error messages are written. */
export const bilingual = (viText: string, enText: string) => `${viText} / ${enText}`

/** Said to every buyer refused for stock (a sell-out race, a sold-out cart line): the words a buyer looks for first. */
export const OUT_OF_STOCK_VI = "Hết hàng: không đủ hàng trong kho cho một số sản phẩm"

/** ?limit&offset of a list a page at a time; validate() words the errors in both languages. */
export const pageQuery = (defaultLimit: number, maxLimit: number) =>
  z.object({
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
    offset: z.coerce.number().int().min(0).default(0),
  })

/** A buyer's list: 10 by default, 50 at most. */
export const PageQuerySchema = pageQuery(10, 50)
export type PageQuery = z.infer<typeof PageQuerySchema>
