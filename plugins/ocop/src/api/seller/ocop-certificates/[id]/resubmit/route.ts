import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { resubmitOcopCertificateWorkflow } from "../../../../../workflows/ocop-certificate/workflows/resubmit-ocop-certificate"
import { loadSellerCertificate } from "../../../../utils/load-certificate"
import type { ResubmitOcopCertificate } from "../../validators"

/** Sends a rejected certificate back to the operator, with corrected fields or a new scan. */
export async function POST(req: SellerRequest<ResubmitOcopCertificate>, res: MedusaResponse) {
  await resubmitOcopCertificateWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      seller_id: req.seller_context.seller_id,
      actor: { type: "seller", id: req.seller_context.member_id },
      corrections: req.validatedBody,
    },
  })
  res.json({ certificate: await loadSellerCertificate(req.scope, req.params.id) })
}
