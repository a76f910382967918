import { model } from "@medusajs/framework/utils"
import { OCOP_LEVELS, OCOP_PRODUCT_GROUP_KEYS, OCOP_STATUSES } from "../../../lib/ocop-rules"
import { OcopCertificateAudit } from "./ocop-certificate-audit"

/**
 * An OCOP certificate (Decision 148/QĐ-TTg) a seller holds for one or more of its products,
 * linked to the seller and the products (src/links). `code` is the short public code printed as
 * a QR on packages. Dates are calendar days ("YYYY-MM-DD", see lib/calendar-date): the data
 * model language has no date-only type, and an instant would shift the day with time zones.
 */
export const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocop" }).primaryKey(),
    code: model.text().unique(),
    stars: model.number(),
    product_group: model.enum([...OCOP_PRODUCT_GROUP_KEYS]),
    decision_number: model.text().searchable(),
    issuing_authority: model.text(),
    level: model.enum([...OCOP_LEVELS]),
    decision_date: model.text(),
    expires_on: model.text(),
    scan_file_id: model.text(),
    scan_url: model.text(),
    scan_mime_type: model.text(),
    status: model.enum([...OCOP_STATUSES]).default("submitted"),
    status_reason: model.text().nullable(),
    status_changed_at: model.dateTime().nullable(),
    audit: model.hasMany(() => OcopCertificateAudit, { mappedBy: "certificate" }),
  })
  .cascades({ delete: ["audit"] })
  .indexes([{ on: ["status", "expires_on"] }])
