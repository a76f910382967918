import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { registerSellerWorkflow } from "../../../workflows/seller/workflows/register-seller"
import { bilingual } from "../../../lib/validation"
import { maskNationalId, PRIVATE_SELLER_FIELDS, PUBLIC_SELLER_FIELDS } from "../../utils/public-seller"
import type { RegisterSeller, StoreListSellers } from "./validators"

/**
 * Approved sellers for the shop: public profile fields only, by name or newest first, with the
 * total: `{ sellers, count }`.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { sort, limit, offset } = req.validatedQuery as StoreListSellers
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers, metadata } = await query.graph({
    entity: "seller",
    fields: PUBLIC_SELLER_FIELDS,
    filters: { status: "approved" },
    // id breaks ties: sellers seeded in one go share created_at, and paging must not repeat one.
    pagination: { take: limit, skip: offset, order: sort === "newest" ? { created_at: "DESC", id: "DESC" } : { name: "ASC", id: "ASC" } },
  })
  res.json({ sellers, count: metadata?.count ?? sellers.length })
}

/** Registers a seller for the auth identity in the bearer token; it waits for approval. */
export async function POST(req: AuthenticatedMedusaRequest<RegisterSeller>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, bilingual("Tài khoản này đã đăng ký người bán", "This account already has a seller"))
  }
  const { result } = await registerSellerWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, seller: req.validatedBody },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [seller] } = await query.graph({ entity: "seller", fields: PRIVATE_SELLER_FIELDS, filters: { id: result.id } })
  res.status(201).json({ seller: maskNationalId(seller) })
}
