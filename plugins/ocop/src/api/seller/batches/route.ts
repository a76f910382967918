import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import sellerProductLink from "@nongsan/farmer-household/links/seller-product"
import type { SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import productBatchLink from "../../../links/product-batch"
import { createBatchWorkflow } from "../../../workflows/traceability/workflows/create-batch"
import { loadSellerBatch, SELLER_BATCH_FIELDS, toSellerBatch } from "../../utils/seller-batches"
import type { CreateBatch } from "./validators"

/** The caller's batches, latest harvest first; ?product_id= narrows to one of its products. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const limit = Math.min(Math.max(Number(req.query.limit) || 50, 1), 200)
  const offset = Math.max(Number(req.query.offset) || 0, 0)
  const { data: owned } = await query.graph({
    entity: sellerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { seller_id: req.seller_context.seller_id },
  })
  const productIds = owned.map((l: { product_id: string }) => l.product_id)
  const wanted = typeof req.query.product_id === "string" ? productIds.filter((id: string) => id === req.query.product_id) : productIds
  const { data: links } = wanted.length
    ? await query.graph({ entity: productBatchLink.entryPoint, fields: ["batch_id"], filters: { product_id: wanted } })
    : { data: [] }
  const batchIds = links.map((l: { batch_id: string }) => l.batch_id)
  const { data: batches, metadata } = batchIds.length
    ? await query.graph({
        entity: "batch",
        fields: SELLER_BATCH_FIELDS,
        filters: { id: batchIds },
        pagination: { skip: offset, take: limit, order: { harvest_date: "DESC", created_at: "DESC" } },
      })
    : { data: [], metadata: { count: 0 } }
  res.json({ batches: batches.map(toSellerBatch), count: metadata?.count ?? batches.length, limit, offset })
}

export async function POST(req: SellerRequest<CreateBatch>, res: MedusaResponse) {
  const { result } = await createBatchWorkflow(req.scope).run({
    input: { ...req.validatedBody, seller_id: req.seller_context.seller_id },
  })
  res.status(201).json({ batch: await loadSellerBatch(req.scope, result.id) })
}
