import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "@nongsan/farmer-household/lib/validation"
import { StoreSearchQuerySchema, StoreSearchSuggestionsQuerySchema } from "./validators"

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/search", method: ["GET"], middlewares: [validateQuery(StoreSearchQuerySchema)] },
  { matcher: "/store/search/suggestions", method: ["GET"], middlewares: [validateQuery(StoreSearchSuggestionsQuerySchema)] },
]
