import { z } from "@medusajs/framework/zod"
import { bilingual } from "@nongsan/farmer-household/lib/validation"
import { OCOP_STATUSES } from "../../../lib/ocop-rules"

export const AdminListOcopCertificatesSchema = z.object({
  status: z.enum(OCOP_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListOcopCertificates = z.infer<typeof AdminListOcopCertificatesSchema>

export const OcopReasonSchema = z.object({
  reason: z.string({ error: bilingual("Vui lòng ghi lý do", "A reason is required") }).trim().min(1, bilingual("Vui lòng ghi lý do", "A reason is required")).max(500),
})
export type OcopReason = z.infer<typeof OcopReasonSchema>
