import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { OCOP_MODULE } from "../../../modules/ocop"
import { OcopCertificateEvents, type OcopCertificateEventData } from "../events"
import { assertSellerProductsStep } from "../steps/assert-seller-products"
import { assertSellerScanStep } from "../steps/assert-seller-scan"
import { checkCertificateFactsStep } from "../steps/check-certificate-facts"
import { prepareOcopResubmissionStep, type OcopCertificateCorrections } from "../steps/prepare-ocop-resubmission"
import { recordOcopAuditStep, type OcopActor } from "../steps/record-ocop-audit"
import { updateOcopCertificateStep } from "../steps/update-ocop-certificate"

export type ResubmitOcopCertificateInput = {
  id: string
  seller_id: string
  /** Who resubmits, for the audit trail. */
  actor: OcopActor
  corrections: OcopCertificateCorrections
}

const productLinks = (certificateId: string, productIds: string[]) =>
  productIds.map((product_id) => ({ [OCOP_MODULE]: { ocop_certificate_id: certificateId }, [Modules.PRODUCT]: { product_id } }))

/**
 * After a rejection the seller corrects the certificate (fields, products, a new scan) and sends
 * it back to the operator's queue; the audit trail keeps what changed.
 */
export const resubmitOcopCertificateWorkflow = createWorkflow("resubmit-ocop-certificate", (input: ResubmitOcopCertificateInput) => {
  const prepared = prepareOcopResubmissionStep(input)
  assertSellerProductsStep(transform({ input, prepared }, ({ input, prepared }) => ({ seller_id: input.seller_id, product_ids: prepared.product_ids })))
  assertSellerScanStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id, scan: input.corrections.scan })))
  checkCertificateFactsStep(transform({ prepared }, ({ prepared }) => prepared.next))
  const certificate = updateOcopCertificateStep(
    transform({ prepared }, ({ prepared }) => ({
      id: prepared.certificate.id,
      ...prepared.next,
      status: "submitted",
      status_reason: null,
      status_changed_at: new Date(),
    }))
  )
  dismissRemoteLinkStep(transform({ prepared }, ({ prepared }) => productLinks(prepared.certificate.id, prepared.remove_products)))
  createRemoteLinkStep(transform({ prepared }, ({ prepared }) => productLinks(prepared.certificate.id, prepared.add_products)))
  recordOcopAuditStep(
    transform({ input, prepared }, ({ input, prepared }) => ({
      certificate_id: prepared.certificate.id,
      actor: input.actor,
      action: "resubmit" as const,
      from_status: prepared.certificate.status,
      to_status: "submitted",
      changes: prepared.changes,
    }))
  )
  emitEventStep({
    eventName: OcopCertificateEvents.RESUBMITTED,
    data: transform({ input, prepared }, ({ input, prepared }): OcopCertificateEventData => ({
      id: prepared.certificate.id,
      code: prepared.certificate.code,
      status: "submitted",
      seller_id: input.seller_id,
      product_ids: prepared.product_ids,
    })),
  })
  return new WorkflowResponse(certificate)
})
