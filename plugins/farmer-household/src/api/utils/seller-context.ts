import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { bilingual } from "../../lib/validation"

export type SellerContext = { member_id: string; seller_id: string; seller_status: string }
export type SellerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { seller_context: SellerContext }

/**
 * After authenticate("seller"): finds the caller's seller from its member id. Every /seller
 * route works on `req.seller_context.seller_id` and nothing else, so no route can be pointed at
 * another seller's data.
 */
export async function loadSellerContext(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [member] } = await query.graph({
    entity: "seller_member",
    fields: ["id", "seller.id", "seller.status"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!member?.seller) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, bilingual("Tài khoản người bán không tồn tại", "Seller account not found"))
  }
  ;(req as SellerRequest).seller_context = {
    member_id: member.id,
    seller_id: member.seller.id,
    seller_status: member.seller.status,
  }
  next()
}

/** Throws the 404 that other sellers' ids get: the same answer as for an id that does not exist. */
export function notFound(what: { vi: string; en: string }): never {
  throw new MedusaError(MedusaError.Types.NOT_FOUND, bilingual(`Không tìm thấy ${what.vi}`, `${what.en} not found`))
}

/**
 * Throws the 404 unless the record req.params.id is linked to the caller's seller through the
 * given link: the same answer as for an id that does not exist.
 */
export async function assertLinkedToSeller(req: MedusaRequest, linkEntryPoint: string, idField: string, what: { vi: string; en: string }) {
  const { seller_id } = (req as SellerRequest).seller_context
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [owned] } = await query.graph({ entity: linkEntryPoint, fields: [idField], filters: { seller_id, [idField]: req.params.id } })
  if (!owned) notFound(what)
}

/** Middleware for /seller/<things>/:id…: see assertLinkedToSeller. */
export function requireLinkedToSeller(linkEntryPoint: string, idField: string, what: { vi: string; en: string }) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    await assertLinkedToSeller(req, linkEntryPoint, idField, what)
    next()
  }
}
