import { addMonths, vietnamToday } from "./calendar-date"

/** Star ratings of Decision 148/QĐ-TTg: 5 stars is the national level. */
export const OCOP_STARS = [3, 4, 5] as const
export type OcopStars = (typeof OCOP_STARS)[number]

/** The six product groups of Decision 148/QĐ-TTg, by the key stored and used in the API. */
export const OCOP_PRODUCT_GROUPS = {
  food: { vi: "Thực phẩm", en: "Food" },
  beverage: { vi: "Đồ uống", en: "Beverages" },
  herbal: { vi: "Dược liệu và sản phẩm từ dược liệu", en: "Medicinal herbs and herbal products" },
  handicraft: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
  ornamental: { vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
  tourism: { vi: "Dịch vụ du lịch cộng đồng và điểm du lịch", en: "Community tourism and tourist sites" },
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

export type CertificateFacts = { stars: number; level: string; decision_date: string; expires_on: string }
export type CertificateProblem = { path: keyof CertificateFacts; vi: string; en: string }

/**
 * What is wrong with a certificate's rating and dates as submitted, field by field (empty when
 * nothing is): the level must be the one that rates its stars, the decision cannot be in the
 * future, and a certificate already past its expiry is of no use to submit.
 */
export function certificateProblems(cert: CertificateFacts, now: Date = new Date()): CertificateProblem[] {
  const problems: CertificateProblem[] = []
  const level = ratingLevel(cert.stars as OcopStars)
  if (cert.level !== level) {
    problems.push(
      level === "ministry"
        ? { path: "level", vi: "Sản phẩm 5 sao do Bộ đánh giá và công nhận", en: "5-star products are rated by the ministry" }
        : { path: "level", vi: "Sản phẩm 3–4 sao do tỉnh đánh giá và công nhận", en: "3- and 4-star products are rated by the province" }
    )
  }
  const today = vietnamToday(now)
  if (cert.decision_date > today) {
    problems.push({ path: "decision_date", vi: "Ngày quyết định không được ở tương lai", en: "The decision date cannot be in the future" })
  }
  if (cert.expires_on <= cert.decision_date) {
    problems.push({ path: "expires_on", vi: "Ngày hết hạn phải sau ngày quyết định", en: "The expiry date must be after the decision date" })
  } else if (cert.expires_on < today) {
    problems.push({ path: "expires_on", vi: "Chứng nhận này đã hết hạn", en: "This certificate has already expired" })
  }
  return problems
}
