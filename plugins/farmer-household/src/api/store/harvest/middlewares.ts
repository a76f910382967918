import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../lib/validation"
import { StoreHarvestQuerySchema } from "./validators"

export const storeHarvestMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/harvest", method: ["GET"], middlewares: [validateQuery(StoreHarvestQuerySchema)] },
]
