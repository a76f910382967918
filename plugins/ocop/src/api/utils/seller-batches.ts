import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound, type SellerRequest } from "@nongsan/farmer-household/api/utils/seller-context"
import { dayOf } from "../../lib/batch-dates"
import { storefrontUrl, tracePagePath } from "../../lib/public-url"

export const SELLER_BATCH_FIELDS = [
  "id",
  "code",
  "harvest_date",
  "packing_date",
  "plot",
  "quantity",
  "unit",
  "vietgap_code",
  "notes",
  "scan_count",
  "created_at",
  "updated_at",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
]

type Row = Record<string, any>

/** A batch as the seller dashboard shows it: dates as calendar days, the URL its QR encodes. */
export function toSellerBatch(b: Row) {
  return {
    id: b.id,
    code: b.code,
    product: b.product ? { id: b.product.id, title: b.product.title, handle: b.product.handle, thumbnail: b.product.thumbnail } : null,
    harvest_date: dayOf(b.harvest_date),
    packing_date: dayOf(b.packing_date),
    plot: b.plot,
    quantity: Number(b.quantity),
    unit: b.unit,
    vietgap_code: b.vietgap_code,
    notes: b.notes,
    scan_count: Number(b.scan_count),
    trace_url: storefrontUrl(tracePagePath(b.code)),
    created_at: b.created_at,
    updated_at: b.updated_at,
  }
}

export async function loadSellerBatch(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [batch] } = await query.graph({ entity: "batch", fields: SELLER_BATCH_FIELDS, filters: { id } })
  return toSellerBatch(batch)
}

/**
 * /seller/batches/:id… answers 404 unless the batch is of one of the caller's products: the
 * same answer as for an id that does not exist.
 */
export async function requireOwnBatch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [batch] } = await query.graph({ entity: "batch", fields: ["id", "product.seller.id"], filters: { id: req.params.id } })
  if (!batch || batch.product?.seller?.id !== (req as SellerRequest).seller_context.seller_id) notFound({ vi: "lô hàng", en: "Batch" })
  next()
}
