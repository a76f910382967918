/** Seller fields anyone may see (shop pages). */
export const PUBLIC_SELLER_FIELDS = [
  "id",
  "handle",
  "name",
  "type",
  "province",
  "commune",
  "story",
  "farm_area_m2",
  "closed_from",
  "closed_until",
  "closure_message",
  "certifications.kind",
  "certifications.number",
  "certifications.issuer",
  "certifications.expires_at",
]

/**
 * Seller fields the seller itself and the operator see. The national ID leaves only masked and
 * the encrypted value never leaves the database.
 */
export const PRIVATE_SELLER_FIELDS = [
  ...PUBLIC_SELLER_FIELDS.filter((f) => !f.startsWith("certifications.")),
  "status",
  "status_reason",
  "status_changed_at",
  "representative_name",
  "phone",
  "email",
  "address_line",
  "national_id_last4",
  "bank_bin",
  "bank_account_number",
  "bank_account_holder",
  "created_at",
  "updated_at",
  "certifications.*",
  "members.id",
  "members.name",
  "members.phone",
  "members.email",
  "members.role",
]

export function maskNationalId<T extends { national_id_last4?: string | null }>(seller: T) {
  const { national_id_last4, ...rest } = seller
  return { ...rest, national_id_masked: national_id_last4 ? `********${national_id_last4}` : null }
}
