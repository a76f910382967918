import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "@nongsan/farmer-household/lib/validation"
import { CertifiedCountSchema } from "./validators"

// /admin/* is for operators only: Medusa authenticates every /admin route as a user.
export const adminStatisticsMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/statistics/certified-counts", method: ["POST"], middlewares: [validateBody(CertifiedCountSchema)] },
]
