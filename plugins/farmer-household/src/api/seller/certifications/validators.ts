import { z } from "@medusajs/framework/zod"

export const CreateCertificationSchema = z
  .object({
    kind: z.enum(["vietgap", "organic", "globalgap", "other"]),
    number: z.string().trim().min(1).max(80),
    issuer: z.string().trim().min(1).max(200),
    expires_at: z.coerce.date().nullable().optional(),
  })
  .strict()
export type CreateCertification = z.infer<typeof CreateCertificationSchema>
