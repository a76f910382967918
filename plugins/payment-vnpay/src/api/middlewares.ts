import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { VNPAY_PROVIDER_ID } from "../lib/plugin-options"

type SessionBody = { provider_id?: string; data?: Record<string, unknown> }

/**
 * VNPay wants the buyer's IP address in the pay URL. The payment session is created through
 * Medusa's own store route; this adds the caller's address to the provider's data, overwriting
 * anything the client sent under that name.
 */
function addBuyerIp(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  for (const body of [req.body, req.validatedBody] as (SessionBody | undefined)[]) {
    if (body?.provider_id === VNPAY_PROVIDER_ID) body.data = { ...body.data, ip_address: req.ip }
  }
  next()
}

export default defineMiddlewares({
  routes: [{ matcher: "/store/payment-collections/:id/payment-sessions", method: ["POST"], middlewares: [addBuyerIp] }],
})
