import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../lib/validation"
import { ChangeSellerStatusSchema } from "./validators"

export const adminSellerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/sellers/:id/status", method: ["POST"], middlewares: [validateBody(ChangeSellerStatusSchema)] },
]
