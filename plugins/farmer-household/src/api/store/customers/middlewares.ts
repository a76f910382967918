import type { MiddlewareRoute } from "@medusajs/framework/http"
import { PageQuerySchema, validateQuery } from "../../../lib/validation"

export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/order-groups", method: ["GET"], middlewares: [validateQuery(PageQuerySchema)] },
]
