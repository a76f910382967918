import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@nongsan/farmer-household/lib/validation"
import { StoreListOcopCertificatesSchema, StoreOcopBadgesSchema } from "./validators"

export const storeOcopMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/ocop/certificates", method: ["GET"], middlewares: [validateQuery(StoreListOcopCertificatesSchema)] },
  { matcher: "/store/ocop/badges", method: ["GET"], middlewares: [validateQuery(StoreOcopBadgesSchema)] },
]
