// Shapes of the seller's OCOP API (plugins/ocop/src/api/seller/ocop-certificates).

export type OcopStars = 3 | 4 | 5
export type OcopProductGroup = "food" | "beverage" | "herbal" | "handicraft" | "ornamental" | "tourism"
export type OcopLevel = "province" | "ministry"
export type OcopStatus = "submitted" | "verified" | "rejected" | "expired" | "revoked"

export const OCOP_PRODUCT_GROUPS: OcopProductGroup[] = ["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"]

/** A scan as POST /seller/ocop-certificates/scans answers it, and as a certificate takes it. */
export type OcopScan = { file_id: string; url: string; mime_type: string }

export type OcopCertificateInput = {
  product_ids: string[]
  stars: OcopStars
  product_group: OcopProductGroup
  decision_number: string
  issuing_authority: string
  level: OcopLevel
  decision_date: string
  expires_on?: string | null
  scan: OcopScan
}

export type SellerOcopCertificate = Omit<OcopCertificateInput, "product_ids"> & {
  id: string
  code: string
  status: OcopStatus
  status_reason: string | null
  /** Shows a badge right now: verified and not past its expiry day. */
  valid: boolean
  expires_on: string
  products: { id: string; handle: string; title: string; thumbnail: string | null; status: string }[]
  verification_url: string | null
  created_at: string
  audit?: { id: string; action: string; actor_type: string; to_status: string; reason: string | null; created_at: string }[]
}
