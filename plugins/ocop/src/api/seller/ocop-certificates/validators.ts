import { z } from "@medusajs/framework/zod"
import { certificateProblems, defaultExpiry } from "../../../lib/ocop-rules"
import { calendarDateSchema, levelSchema, productGroupSchema, starsSchema } from "../../utils/ocop-schemas"

const text = (max: number) => z.string().trim().min(1).max(max)

/** A scan as POST /seller/ocop-certificates/scans answered it. */
const scanSchema = z.object({ file_id: text(300), url: z.url().max(1000), mime_type: text(100) })

const fields = {
  product_ids: z.array(text(100)).min(1).max(50),
  stars: starsSchema,
  product_group: productGroupSchema,
  decision_number: text(100),
  issuing_authority: text(200),
  level: levelSchema,
  decision_date: calendarDateSchema,
  /** Omitted or null: the decision date + 36 months. */
  expires_on: calendarDateSchema.nullable().optional(),
  scan: scanSchema,
}

export const SubmitOcopCertificateSchema = z.object(fields).superRefine((cert, ctx) => {
  const problems = certificateProblems({ ...cert, expires_on: cert.expires_on || defaultExpiry(cert.decision_date) })
  for (const p of problems) ctx.addIssue({ code: "custom", path: [p.path], message: `${p.vi} / ${p.en}` })
})
export type SubmitOcopCertificate = z.infer<typeof SubmitOcopCertificateSchema>

/** Corrections after a rejection: any of the fields; the rules are checked on the result. */
export const ResubmitOcopCertificateSchema = z.object(fields).partial()
export type ResubmitOcopCertificate = z.infer<typeof ResubmitOcopCertificateSchema>

export const QrQuerySchema = z.object({
  format: z.enum(["svg", "png"]).default("svg"),
  /** Any value: answer as a file to save rather than to show. */
  download: z.string().optional(),
})
