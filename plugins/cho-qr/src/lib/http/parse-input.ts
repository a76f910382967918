import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * Parses a body or query, or throws a 400 whose message lists each field with the schema's own
 * words ("Vietnamese / English"). farmer-household's validation middlewares would do, but that
 * plugin depends on this one, so it cannot be imported back here.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input ?? {})
  if (!result.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "),
    )
  }
  return result.data
}
