/** The store API's OCOP shapes (plugins/ocop, /store/ocop/*). */
export const OCOP_STARS = [3, 4, 5] as const
export type OcopStars = (typeof OCOP_STARS)[number]

/** The six product groups of Decision 148/QĐ-TTg; their names are i18n keys ocop.groups.<key>. */
export const OCOP_GROUPS = ["food", "beverage", "herbal", "handicraft", "ornamental", "tourism"] as const
export type OcopGroup = (typeof OCOP_GROUPS)[number]

export type OcopBadgeInfo = { stars: OcopStars; product_group: OcopGroup; code: string }

export type OcopCertificatePublic = {
  code: string
  status: "verified" | "expired" | "revoked"
  stars: OcopStars
  product_group: OcopGroup
  decision_number: string
  issuing_authority: string
  level: "province" | "ministry"
  /** Calendar days, YYYY-MM-DD. */
  decision_date: string
  expires_on: string
  scan: { url: string; mime_type: string } | null
  seller: { name: string; handle: string; province: string | null; commune: string | null }
  products: { id: string; handle: string; title: string; thumbnail: string | null }[]
}

export type OcopCertificateList = { certificates: OcopCertificatePublic[]; count: number; limit: number; offset: number }
