import { certificateFacts } from "../../lib/certificate-facts"
import { isCertificateValid, publicStatus, PUBLIC_STATUSES, type OcopStatus } from "../../lib/ocop-rules"
import { certificatePagePath, storefrontUrl } from "../../lib/public-url"

type Row = Record<string, any>

const OWN_FIELDS = [
  "id",
  "code",
  "status",
  "status_reason",
  "status_changed_at",
  "stars",
  "product_group",
  "decision_number",
  "issuing_authority",
  "level",
  "decision_date",
  "expires_on",
  "scan_file_id",
  "scan_url",
  "scan_mime_type",
  "created_at",
  "updated_at",
]
const PRODUCT_FIELDS = ["products.id", "products.handle", "products.title", "products.thumbnail", "products.status"]
const AUDIT_FIELDS = ["audit.id", "audit.action", "audit.actor_type", "audit.actor_id", "audit.from_status", "audit.to_status", "audit.reason", "audit.changes", "audit.created_at"]

/** What the seller dashboard lists; the detail adds the audit trail. */
export const SELLER_CERTIFICATE_FIELDS = [...OWN_FIELDS, ...PRODUCT_FIELDS]
export const SELLER_CERTIFICATE_DETAIL_FIELDS = [...SELLER_CERTIFICATE_FIELDS, ...AUDIT_FIELDS]
/** What the operator sees: the seller too. */
export const ADMIN_CERTIFICATE_FIELDS = [
  ...SELLER_CERTIFICATE_FIELDS,
  "seller.id",
  "seller.name",
  "seller.handle",
  "seller.status",
  "seller.province",
  "seller.commune",
  "seller.phone",
]
export const ADMIN_CERTIFICATE_DETAIL_FIELDS = [...ADMIN_CERTIFICATE_FIELDS, ...AUDIT_FIELDS]
/** What anyone may see of a certificate (the store contract, OcopCertificatePublic). */
export const PUBLIC_CERTIFICATE_FIELDS = [
  ...OWN_FIELDS.filter((f) => !["id", "status_reason", "status_changed_at", "scan_file_id", "created_at", "updated_at"].includes(f)),
  ...PRODUCT_FIELDS,
  "seller.name",
  "seller.handle",
  "seller.province",
  "seller.commune",
]

const products = (cert: Row) => (cert.products ?? []).filter(Boolean)
const byTime = (a: Row, b: Row) => String(a.created_at).localeCompare(String(b.created_at))

/** A certificate as its seller sees it: `valid` says whether it shows a badge right now. */
export function toSellerCertificate(cert: Row) {
  return {
    id: cert.id,
    code: cert.code,
    status: cert.status as OcopStatus,
    status_reason: cert.status_reason,
    status_changed_at: cert.status_changed_at,
    valid: isCertificateValid(cert as { status: string; expires_on: string }),
    ...certificateFacts(cert),
    scan: { file_id: cert.scan_file_id, url: cert.scan_url, mime_type: cert.scan_mime_type },
    products: products(cert).map((p: Row) => ({ id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail, status: p.status })),
    verification_url: PUBLIC_STATUSES.includes(cert.status) ? storefrontUrl(certificatePagePath(cert.code)) : null,
    created_at: cert.created_at,
    updated_at: cert.updated_at,
    ...(cert.audit
      ? {
          audit: [...cert.audit].sort(byTime).map((a: Row) => ({
            id: a.id,
            action: a.action,
            actor_type: a.actor_type,
            from_status: a.from_status,
            to_status: a.to_status,
            reason: a.reason,
            changes: a.changes,
            created_at: a.created_at,
          })),
        }
      : {}),
  }
}

/** The operator's view: the seller's, plus the seller and who did what in the audit trail. */
export function toAdminCertificate(cert: Row, actorNames: Record<string, string> = {}) {
  const view = toSellerCertificate(cert)
  return {
    ...view,
    seller: cert.seller ?? null,
    ...(cert.audit
      ? {
          audit: [...cert.audit].sort(byTime).map((a: Row) => ({
            ...view.audit!.find((v) => v.id === a.id)!,
            actor_id: a.actor_id,
            actor_name: a.actor_id ? (actorNames[a.actor_id] ?? null) : null,
          })),
        }
      : {}),
  }
}

/** OcopCertificatePublic: what a buyer sees, products only while published. */
export function toPublicCertificate(cert: Row, now = new Date()) {
  return {
    code: cert.code,
    status: publicStatus(cert as { status: string; expires_on: string }, now) as "verified" | "expired" | "revoked",
    ...certificateFacts(cert),
    scan: cert.scan_url ? { url: cert.scan_url, mime_type: cert.scan_mime_type } : null,
    seller: {
      name: cert.seller?.name ?? null,
      handle: cert.seller?.handle ?? null,
      province: cert.seller?.province ?? null,
      commune: cert.seller?.commune ?? null,
    },
    products: products(cert)
      .filter((p: Row) => p.status === "published")
      .map((p: Row) => ({ id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail })),
  }
}
