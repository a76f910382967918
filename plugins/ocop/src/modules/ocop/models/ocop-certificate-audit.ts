import { model } from "@medusajs/framework/utils"
import { OCOP_STATUSES } from "../../../lib/ocop-rules"
import { OcopCertificate } from "./ocop-certificate"

export const OCOP_ACTIONS = ["submit", "resubmit", "verify", "reject", "revoke", "expire"] as const
export type OcopAction = (typeof OCOP_ACTIONS)[number]
export const OCOP_ACTOR_TYPES = ["seller", "user", "system"] as const
export type OcopActorType = (typeof OCOP_ACTOR_TYPES)[number]

/**
 * One entry of a certificate's audit trail: who (a seller member, an operator or the system's
 * expiry job), what (action, status change, reason, changed fields as {field: [before, after]})
 * and when (created_at). Entries are only ever added.
 */
export const OcopCertificateAudit = model.define("ocop_certificate_audit", {
  id: model.id({ prefix: "ocopa" }).primaryKey(),
  actor_type: model.enum([...OCOP_ACTOR_TYPES]),
  actor_id: model.text().nullable(),
  action: model.enum([...OCOP_ACTIONS]),
  from_status: model.enum([...OCOP_STATUSES]).nullable(),
  to_status: model.enum([...OCOP_STATUSES]),
  reason: model.text().nullable(),
  changes: model.json().nullable(),
  certificate: model.belongsTo(() => OcopCertificate, { mappedBy: "audit" }),
})
