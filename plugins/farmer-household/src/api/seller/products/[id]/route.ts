import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { updateSellerProductWorkflow } from "../../../../workflows/seller-product/workflows/update-seller-product"
import type { SellerRequest } from "../../../utils/seller-context"
import { loadSellerProduct } from "../../../utils/seller-products"
import type { UpdateSellerProduct } from "../validators"

export async function GET(req: SellerRequest, res: MedusaResponse) {
  res.json({ product: await loadSellerProduct(req, req.params.id) })
}

/** Edit, publish ({status: "published"}) or unpublish ({status: "draft"}). */
export async function POST(req: SellerRequest<UpdateSellerProduct>, res: MedusaResponse) {
  await updateSellerProductWorkflow(req.scope).run({
    input: { product_id: req.params.id, update: req.validatedBody },
  })
  res.json({ product: await loadSellerProduct(req, req.params.id) })
}

export async function DELETE(req: SellerRequest, res: MedusaResponse) {
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}
