import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@nongsan/farmer-household/lib/validation"
import { AdminListOcopCertificatesSchema, OcopReasonSchema } from "./validators"

// /admin/* is for operators only: Medusa authenticates every /admin route as a user.
export const adminOcopCertificateMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/ocop-certificates", method: ["GET"], middlewares: [validateQuery(AdminListOcopCertificatesSchema)] },
  { matcher: "/admin/ocop-certificates/:id/reject", method: ["POST"], middlewares: [validateBody(OcopReasonSchema)] },
  { matcher: "/admin/ocop-certificates/:id/revoke", method: ["POST"], middlewares: [validateBody(OcopReasonSchema)] },
]
