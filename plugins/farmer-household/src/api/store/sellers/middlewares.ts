import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../lib/validation"
import { RegisterSellerSchema } from "./validators"

export const storeSellerMiddlewares: MiddlewareRoute[] = [
  {
    // Registration: the bearer token from POST /auth/seller/emailpass/register, not yet an actor.
    matcher: "/store/sellers",
    method: ["POST"],
    middlewares: [authenticate("seller", ["bearer"], { allowUnregistered: true }), validateBody(RegisterSellerSchema)],
  },
]
