import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { updateSellerVariantWorkflow } from "../../../../../../workflows/seller-product/workflows/update-seller-variant"
import type { SellerRequest } from "../../../../../utils/seller-context"
import { loadSellerProduct } from "../../../../../utils/seller-products"
import type { UpdateSellerVariant } from "../../../validators"

/** Changes a pack's price, stock, weight or unit. */
export async function POST(req: SellerRequest<UpdateSellerVariant>, res: MedusaResponse) {
  await updateSellerVariantWorkflow(req.scope).run({ input: { variant_id: req.params.variant_id, update: req.validatedBody } })
  res.json({ product: await loadSellerProduct(req, req.params.id) })
}

export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  await deleteProductVariantsWorkflow(req.scope).run({ input: { ids: [req.params.variant_id] } })
  res.json({ id: req.params.variant_id, object: "variant", deleted: true })
}
