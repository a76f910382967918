import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../lib/validation"
import { ResolveAddressQuerySchema } from "./validators"

export const storeAddressMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/addresses/resolve", method: ["GET"], middlewares: [validateQuery(ResolveAddressQuerySchema)] },
]
