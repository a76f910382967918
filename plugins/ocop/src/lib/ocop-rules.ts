import { addMonths, vietnamToday } from "./calendar-date"

/** Star ratings of Decision 148/QĐ-TTg: 5 stars is the national level. */
export const OCOP_STARS = [3, 4, 5] as const
export type OcopStars = (typeof OCOP_STARS)[number]

/** The six product groups of Decision 148/QĐ-TTg, by the key stored and used in the API. */
export const OCOP_PRODUCT_GROUPS = {
  food: { vi: "Thực phẩm", en: "Food" },
  beverage: { vi: "Đồ uống", en: "Beverages" },
  herbal: { vi: "Thảo dược", en: "Medicinal herbs" },
  handicraft: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
  ornamental: { vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
  tourism: {
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community tourism, eco-tourism and tourist sites",
  },
} as const
export type OcopProductGroup = keyof typeof OCOP_PRODUCT_GROUPS
export const OCOP_PRODUCT_GROUP_KEYS = Object.keys(OCOP_PRODUCT_GROUPS) as [OcopProductGroup, ...OcopProductGroup[]]

export const OCOP_LEVELS = ["province", "ministry"] as const
export type OcopLevel = (typeof OCOP_LEVELS)[number]

export const OCOP_STATUSES = ["submitted", "verified", "rejected", "expired", "revoked"] as const
export type OcopStatus = (typeof OCOP_STATUSES)[number]

/** A certificate is valid for 36 months from its decision unless it states otherwise. */
export const OCOP_VALIDITY_MONTHS = 36

/**
 * Who rates what since 1 July 2025 (two-level local government, no districts): the province
 * rates 3 and 4 stars, the ministry rates 5 stars.
 */
export function ratingLevel(stars: OcopStars): OcopLevel {
  return stars === 5 ? "ministry" : "province"
}

/** The expiry a certificate has when it states none. */
export function defaultExpiry(decisionDate: string): string {
  return addMonths(decisionDate, OCOP_VALIDITY_MONTHS)
}

type Validity = { status: string; expires_on: string }

/**
 * Whether a certificate counts (badge, filter) at the instant `now`: verified, and its expiry
 * day not yet past in Vietnam. Computed on every read, so a revocation or a passing date removes
 * the badge at once, whether or not the expiry job has run.
 */
export function isCertificateValid(cert: Validity, now: Date = new Date()): boolean {
  return cert.status === "verified" && cert.expires_on >= vietnamToday(now)
}

/** The status the public sees: a verified certificate past its date is shown as expired. */
export function publicStatus(cert: Validity, now: Date = new Date()): OcopStatus {
  return cert.status === "verified" && !isCertificateValid(cert, now) ? "expired" : (cert.status as OcopStatus)
}

/** Statuses with a public verification page; submitted and rejected ones are nobody's business. */
export const PUBLIC_STATUSES: OcopStatus[] = ["verified", "expired", "revoked"]
