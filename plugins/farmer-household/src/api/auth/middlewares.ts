import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { normalizeLoginIdentifier } from "../../lib/phone"

/**
 * Sellers sign in with a phone number or an email through Medusa's emailpass provider, which
 * takes its `email` field as an opaque identifier. Normalising it here means "0912 345 678" and
 * "+84912345678" are one account.
 */
function normalizeSellerIdentifier(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { email?: unknown; phone?: unknown } | undefined
  const raw = typeof body?.email === "string" ? body.email : typeof body?.phone === "string" ? body.phone : undefined
  if (body && raw) body.email = normalizeLoginIdentifier(raw) ?? raw
  next()
}

export const authMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/seller/emailpass", method: ["POST"], middlewares: [normalizeSellerIdentifier] },
  { matcher: "/auth/seller/emailpass/register", method: ["POST"], middlewares: [normalizeSellerIdentifier] },
]
