import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { SELLER_MODULE } from "@nongsan/farmer-household/modules/seller"
import type { OcopLevel, OcopProductGroup } from "../../../lib/ocop-rules"
import { OCOP_MODULE } from "../../../modules/ocop"
import { OcopCertificateEvents, type OcopCertificateEventData } from "../events"
import { assertSellerProductsStep } from "../steps/assert-seller-products"
import { assertSellerScanStep } from "../steps/assert-seller-scan"
import { checkCertificateFactsStep } from "../steps/check-certificate-facts"
import { createOcopCertificateStep } from "../steps/create-ocop-certificate"
import { recordOcopAuditStep, type OcopActor } from "../steps/record-ocop-audit"

export type SubmitOcopCertificateInput = {
  seller_id: string
  /** Who submits, for the audit trail: a seller member (the seed submits as the system). */
  actor: OcopActor
  certificate: {
    product_ids: string[]
    stars: number
    product_group: OcopProductGroup
    decision_number: string
    issuing_authority: string
    level: OcopLevel
    decision_date: string
    /** Defaults to the decision date + 36 months. */
    expires_on?: string | null
    scan: { file_id: string; url: string; mime_type: string }
  }
}

/**
 * A seller submits a certificate for one or more of its own products; it waits in the
 * operator's queue as `submitted`.
 */
export const submitOcopCertificateWorkflow = createWorkflow("submit-ocop-certificate", (input: SubmitOcopCertificateInput) => {
  const productIds = assertSellerProductsStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, product_ids: input.certificate.product_ids }))
  )
  assertSellerScanStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id, scan: input.certificate.scan })))
  const expiresOn = checkCertificateFactsStep(transform({ input }, ({ input }) => input.certificate))
  const certificate = createOcopCertificateStep(
    transform({ input, expiresOn }, ({ input, expiresOn }) => {
      const { product_ids, scan, ...fields } = input.certificate
      return { ...fields, expires_on: expiresOn, scan_file_id: scan.file_id, scan_url: scan.url, scan_mime_type: scan.mime_type }
    })
  )
  createRemoteLinkStep(
    transform({ input, certificate, productIds }, ({ input, certificate, productIds }) => [
      { [SELLER_MODULE]: { seller_id: input.seller_id }, [OCOP_MODULE]: { ocop_certificate_id: certificate.id } },
      ...productIds.map((product_id) => ({
        [OCOP_MODULE]: { ocop_certificate_id: certificate.id },
        [Modules.PRODUCT]: { product_id },
      })),
    ])
  )
  recordOcopAuditStep(
    transform({ input, certificate }, ({ input, certificate }) => ({
      certificate_id: certificate.id,
      actor: input.actor,
      action: "submit" as const,
      from_status: null,
      to_status: "submitted",
    }))
  )
  emitEventStep({
    eventName: OcopCertificateEvents.SUBMITTED,
    data: transform({ input, certificate, productIds }, ({ input, certificate, productIds }): OcopCertificateEventData => ({
      id: certificate.id,
      code: certificate.code,
      status: certificate.status,
      seller_id: input.seller_id,
      product_ids: productIds,
    })),
  })
  return new WorkflowResponse(certificate)
})
