import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@nongsan/farmer-household/lib/validation"
import { StoreProductPageQuerySchema } from "./validators"

export const storeProductPageMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/product-pages/:handle", method: ["GET"], middlewares: [validateQuery(StoreProductPageQuerySchema)] },
]
