import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { maskNationalId, PRIVATE_SELLER_FIELDS } from "../../utils/public-seller"

const STATUSES = ["pending", "approved", "rejected", "suspended"]

/** The operator's list of sellers, the approval queue first (?status=pending). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const status = typeof req.query.status === "string" && STATUSES.includes(req.query.status) ? req.query.status : undefined
  const limit = Math.min(Math.max(Number(req.query.limit) || 50, 1), 200)
  const offset = Math.max(Number(req.query.offset) || 0, 0)
  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: PRIVATE_SELLER_FIELDS,
    filters: status ? { status } : {},
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  res.json({ sellers: sellers.map(maskNationalId), count: metadata?.count ?? sellers.length, limit, offset })
}
