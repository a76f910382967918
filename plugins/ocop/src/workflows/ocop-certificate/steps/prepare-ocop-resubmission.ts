import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { certificateNotFound, ocopError } from "../../../lib/ocop-error"
import { defaultExpiry } from "../../../lib/ocop-rules"
import { loadOcopCertificate } from "../load-ocop-certificate"

export type OcopCertificateCorrections = {
  product_ids?: string[]
  stars?: number
  product_group?: string
  decision_number?: string
  issuing_authority?: string
  level?: string
  decision_date?: string
  /** null: back to the default (decision + 36 months). */
  expires_on?: string | null
  scan?: { file_id: string; url: string; mime_type: string }
}

const FIELDS = ["stars", "product_group", "decision_number", "issuing_authority", "level", "decision_date", "expires_on"] as const

/**
 * A rejected certificate, corrected: the fields as they will be, what changed ({field: [before,
 * after]}, for the audit trail) and which product links to add and remove. Only a rejected
 * certificate of the caller's seller can be resubmitted. Only reads.
 */
export const prepareOcopResubmissionStep = createStep(
  "prepare-ocop-resubmission",
  async (input: { id: string; seller_id: string; corrections: OcopCertificateCorrections }, { container }) => {
    const cert = await loadOcopCertificate(container, input.id)
    if (cert.seller_id !== input.seller_id) {
      throw certificateNotFound()
    }
    if (cert.status !== "rejected") {
      throw ocopError(
        "NOT_ALLOWED",
        "Chỉ gửi lại được chứng nhận đã bị từ chối",
        "Only a rejected certificate can be resubmitted"
      )
    }
    const c = input.corrections
    const decisionDate = c.decision_date ?? cert.decision_date
    // A stated expiry wins; otherwise a default expiry moves with a new decision date.
    const hadDefaultExpiry = cert.expires_on === defaultExpiry(cert.decision_date)
    const expiresOn = c.expires_on ?? (c.expires_on === null || hadDefaultExpiry ? defaultExpiry(decisionDate) : cert.expires_on)
    const next = {
      stars: c.stars ?? cert.stars,
      product_group: c.product_group ?? cert.product_group,
      decision_number: c.decision_number ?? cert.decision_number,
      issuing_authority: c.issuing_authority ?? cert.issuing_authority,
      level: c.level ?? cert.level,
      decision_date: decisionDate,
      expires_on: expiresOn,
      scan_file_id: c.scan?.file_id ?? cert.scan_file_id,
      scan_url: c.scan?.url ?? cert.scan_url,
      scan_mime_type: c.scan?.mime_type ?? cert.scan_mime_type,
    }
    const changes: Record<string, [unknown, unknown]> = {}
    for (const field of [...FIELDS, "scan_url"] as const) {
      if (next[field] !== cert[field]) changes[field] = [cert[field], next[field]]
    }
    const productIds = c.product_ids ? [...new Set(c.product_ids)] : cert.product_ids
    const addProducts = productIds.filter((id) => !cert.product_ids.includes(id))
    const removeProducts = cert.product_ids.filter((id) => !productIds.includes(id))
    if (addProducts.length || removeProducts.length) changes.product_ids = [cert.product_ids, productIds]
    return new StepResponse({ certificate: cert, next, changes, product_ids: productIds, add_products: addProducts, remove_products: removeProducts })
  }
)
