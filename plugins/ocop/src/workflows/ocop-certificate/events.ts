/**
 * Events of a certificate's life, each with OcopCertificateEventData. The search index listens
 * to the status changes (a badge appears or disappears on the products); the seller's
 * notification feed to the operator's decisions.
 */
export const OcopCertificateEvents = {
  SUBMITTED: "ocop_certificate.submitted",
  RESUBMITTED: "ocop_certificate.resubmitted",
  VERIFIED: "ocop_certificate.verified",
  REJECTED: "ocop_certificate.rejected",
  REVOKED: "ocop_certificate.revoked",
  EXPIRED: "ocop_certificate.expired",
} as const

export type OcopCertificateEventData = {
  id: string
  code: string
  status: string
  seller_id: string
  product_ids: string[]
}
