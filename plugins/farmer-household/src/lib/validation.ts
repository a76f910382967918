import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

const viError = z.locales.vi().localeError
const enError = z.locales.en().localeError

/**
 * Body validation that answers in Vietnamese first, English beside it. Medusa's own
 * validateAndTransformBody words its errors in English only; our users are farmers.
 * A schema's own message (written "Vietnamese / English") wins over zod's locale texts.
 */
export function validateBody<T extends z.ZodType>(schema: T) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {}, {
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
    req.validatedBody = result.data
    next()
  }
}

/** "Vietnamese / English" in one string: how our own error messages are written. */
export const bilingual = (viText: string, enText: string) => `${viText} / ${enText}`
