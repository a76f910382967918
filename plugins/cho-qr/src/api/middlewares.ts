import { defineMiddlewares } from "@medusajs/framework/http"

export default defineMiddlewares({
  // The webhook's signature covers the exact bytes received.
  routes: [{ matcher: "/hooks/bank-notifications", method: ["POST"], bodyParser: { preserveRawBody: true } }],
})
