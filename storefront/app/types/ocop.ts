// Shapes of the OCOP APIs (plugins/ocop): the store's /store/ocop/* and the seller's
// /seller/ocop-certificates.

export const OCOP_STARS = [3, 4, 5] as const
export type OcopStars = (typeof OCOP_STARS)[number]

/** The six product groups of Decision 148/QĐ-TTg; their names are i18n keys ocop.groups.<key>. */
export const OCOP_GROUPS = ["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"] as const
export type OcopGroup = (typeof OCOP_GROUPS)[number]
export type OcopLevel = "province" | "ministry"
export type OcopStatus = "submitted" | "verified" | "rejected" | "expired" | "revoked"

export type OcopBadgeInfo = { stars: OcopStars; product_group: OcopGroup; code: string }

export type OcopCertificatePublic = {
  code: string
  status: "verified" | "expired" | "revoked"
  stars: OcopStars
  product_group: OcopGroup
  decision_number: string
  issuing_authority: string
  level: OcopLevel
  /** Calendar days, YYYY-MM-DD. */
  decision_date: string
  expires_on: string
  scan: { url: string; mime_type: string } | null
  seller: { name: string; handle: string; province: string | null; commune: string | null }
  products: { id: string; handle: string; title: string; thumbnail: string | null }[]
}

export type OcopCertificateList = { certificates: OcopCertificatePublic[]; count: number; limit: number; offset: number }

/** A scan as POST /seller/ocop-certificates/scans answers it, and as a certificate takes it. */
export type OcopScan = { file_id: string; url: string; mime_type: string }

export type OcopCertificateInput = {
  product_ids: string[]
  stars: OcopStars
  product_group: OcopGroup
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
