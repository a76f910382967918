import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import sellerOcopCertificateLink from "../../../links/seller-ocop-certificate"
import { submitOcopCertificateWorkflow } from "../../../workflows/ocop-certificate/workflows/submit-ocop-certificate"
import { loadSellerCertificate } from "../../utils/load-certificate"
import { SELLER_CERTIFICATE_FIELDS, toSellerCertificate } from "../../utils/ocop-certificate-views"
import type { SubmitOcopCertificate } from "./validators"

/** The caller's certificates, newest first. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: sellerOcopCertificateLink.entryPoint,
    fields: ["ocop_certificate_id"],
    filters: { seller_id: req.seller_context.seller_id },
  })
  const ids = links.map((l) => l.ocop_certificate_id)
  const { data: certificates } = ids.length
    ? await query.graph({
        entity: "ocop_certificate",
        fields: SELLER_CERTIFICATE_FIELDS,
        filters: { id: ids },
        pagination: { order: { created_at: "DESC" } },
      })
    : { data: [] }
  res.json({ certificates: certificates.map(toSellerCertificate), count: certificates.length })
}

/** Submits a certificate for some of the caller's products; it waits for the operator. */
export async function POST(req: SellerRequest<SubmitOcopCertificate>, res: MedusaResponse) {
  const { scan, ...certificate } = req.validatedBody
  const { result } = await submitOcopCertificateWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      actor: { type: "seller", id: req.seller_context.member_id },
      certificate: { ...certificate, scan },
    },
  })
  res.status(201).json({ certificate: await loadSellerCertificate(req.scope, result.id) })
}
