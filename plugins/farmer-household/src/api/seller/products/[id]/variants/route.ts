import type { MedusaResponse } from "@medusajs/framework/http"
import { addSellerVariantWorkflow } from "../../../../../workflows/seller-product/workflows/add-seller-variant"
import type { SellerRequest } from "../../../../utils/seller-context"
import { loadSellerProduct } from "../../../../utils/seller-products"
import type { SellerVariant } from "../../validators"

/** Adds a pack size to the caller's product. */
export async function POST(req: SellerRequest<SellerVariant>, res: MedusaResponse) {
  await addSellerVariantWorkflow(req.scope).run({ input: { product_id: req.params.id, variant: req.validatedBody } })
  res.status(201).json({ product: await loadSellerProduct(req, req.params.id) })
}
