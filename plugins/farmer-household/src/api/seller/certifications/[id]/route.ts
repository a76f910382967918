import type { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "../../../../modules/seller"
import { removeSellerCertificationWorkflow } from "../../../../workflows/seller-certification/workflows/remove-seller-certification"
import { notFound, type SellerRequest } from "../../../utils/seller-context"

export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  const [own] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerCertifications({ id: req.params.id, seller_id: req.seller_context.seller_id })
  if (!own) notFound({ vi: "chứng nhận", en: "Certification" })
  await removeSellerCertificationWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "seller_certification", deleted: true })
}
