import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

const viError = z.locales.vi().localeError
const enError = z.locales.en().localeError
const text = (m: ReturnType<typeof viError>) => (typeof m === "string" ? m : m?.message)

/**
 * Parses a body or query, or throws a 400 listing each field's problem, Vietnamese first: the
 * schema's own message ("… / …") when it has one, zod's Vietnamese and English texts otherwise.
 * farmer-household's validation middlewares do the same, but that plugin depends on this one,
 * so it cannot be imported back here.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input ?? {}, { error: (issue) => `${text(viError(issue))} / ${text(enError(issue))}` })
  if (!result.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "),
    )
  }
  return result.data
}
