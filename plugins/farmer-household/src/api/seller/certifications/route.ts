import type { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, type SellerModuleService } from "../../../modules/seller"
import { addSellerCertificationWorkflow } from "../../../workflows/seller-certification/workflows/add-seller-certification"
import type { SellerRequest } from "../../utils/seller-context"
import type { CreateCertification } from "./validators"

export async function GET(req: SellerRequest, res: MedusaResponse) {
  const certifications = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellerCertifications({ seller_id: req.seller_context.seller_id }, { order: { created_at: "ASC" } })
  res.json({ certifications })
}

export async function POST(req: SellerRequest<CreateCertification>, res: MedusaResponse) {
  const { result } = await addSellerCertificationWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.seller_context.seller_id },
  })
  res.status(201).json({ certification: result })
}
