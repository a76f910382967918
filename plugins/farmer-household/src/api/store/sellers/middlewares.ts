import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../lib/validation"
import { RegisterSellerSchema, StoreListSellersSchema } from "./validators"

export const storeSellerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/sellers", method: ["GET"], middlewares: [validateQuery(StoreListSellersSchema)] },
  {
    // Registration: the bearer token from POST /auth/seller/emailpass/register, not yet an actor.
    matcher: "/store/sellers",
    method: ["POST"],
    middlewares: [authenticate("seller", ["bearer"], { allowUnregistered: true }), validateBody(RegisterSellerSchema)],
  },
]
