import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

const viError = z.locales.vi().localeError
const enError = z.locales.en().localeError

/**
 * Validation that answers in Vietnamese first, English beside it. Medusa's own
 * validateAndTransformBody/Query word their errors in English only; our users are farmers.
 * A schema's own message (written "Vietnamese / English") wins over zod's locale texts.
 */
function validate<T extends z.ZodType>(schema: T, input: (req: MedusaRequest) => unknown, keep: (req: MedusaRequest, data: z.infer<T>) => void) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(input(req), {
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
    keep(req, result.data)
    next()
  }
}

/** Validates the JSON body into req.validatedBody. */
export const validateBody = <T extends z.ZodType>(schema: T) => validate(schema, (req) => req.body ?? {}, (req, data) => (req.validatedBody = data))

/** Validates the query string into req.validatedQuery (repeated parameters arrive as arrays). */
export const validateQuery = <T extends z.ZodType>(schema: T) =>
  validate(schema, (req) => req.query ?? {}, (req, data) => (req.validatedQuery = data as Record<string, unknown>))

/** "Vietnamese / English" in one string: how our own error messages are written. */
export const bilingual = (viText: string, enText: string) => `${viText} / ${enText}`
