import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import productBatchLink from "../../../../../links/product-batch"

/** How many recent batches the product page links to: the current harvest and a couple before it. */
const RECENT_BATCHES = 3

/**
 * The product's most recent batches, for the product page's traceability links:
 * `{ batches: [{ code, harvest_date }] }`, newest harvest first (an empty list when none was
 * recorded). Each code opens the public trace page (/truy-xuat/<code>); the seller's notes stay private.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: productBatchLink.entryPoint,
    fields: ["batch.code", "batch.harvest_date"],
    filters: { product_id: req.params.id },
  })
  const batches = links
    .flatMap((l: any) => (l.batch ? [{ code: l.batch.code as string, harvest_date: new Date(l.batch.harvest_date).toISOString().slice(0, 10) }] : []))
    .sort((a, b) => b.harvest_date.localeCompare(a.harvest_date))
    .slice(0, RECENT_BATCHES)
  res.json({ batches })
}
