import { defineMiddlewares } from "@medusajs/framework/http"
import { sellerStallMiddlewares } from "./seller/stalls/middlewares"

export default defineMiddlewares({
  routes: [
    // The webhook's signature covers the exact bytes received.
    { matcher: "/hooks/bank-notifications", method: ["POST"], bodyParser: { preserveRawBody: true } },
    ...sellerStallMiddlewares,
  ],
})
