import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireOwnStall } from "../../../lib/market/seller-stalls"

// farmer-household's /seller/* middlewares have authenticated the seller already.
export const sellerStallMiddlewares: MiddlewareRoute[] = [
  { matcher: "/seller/stalls/:id", middlewares: [requireOwnStall] },
  { matcher: "/seller/stalls/:id/*", middlewares: [requireOwnStall] },
]
