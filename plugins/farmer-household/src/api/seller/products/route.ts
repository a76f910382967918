import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sellerProductLink from "../../../links/seller-product"
import { createSellerProductWorkflow } from "../../../workflows/seller-product/workflows/create-seller-product"
import type { SellerRequest } from "../../utils/seller-context"
import { loadSellerProduct, loadSellerProducts } from "../../utils/seller-products"
import type { CreateSellerProduct } from "./validators"

/** The caller's products, newest first. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const limit = Math.min(Math.max(Number(req.query.limit) || 20, 1), 100)
  const offset = Math.max(Number(req.query.offset) || 0, 0)
  const { data: links, metadata } = await query.graph({
    entity: sellerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { seller_id: req.seller_context.seller_id },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const ids = links.map((l: { product_id: string }) => l.product_id)
  res.json({
    products: await loadSellerProducts(req, ids),
    count: metadata?.count ?? ids.length,
    limit,
    offset,
  })
}

export async function POST(req: SellerRequest<CreateSellerProduct>, res: MedusaResponse) {
  const { result } = await createSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, product: req.validatedBody },
  })
  res.status(201).json({ product: await loadSellerProduct(req, result.id) })
}
