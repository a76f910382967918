import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

let cached: { origins: string; handler: ReturnType<typeof cors> } | undefined

/**
 * CORS for /seller/*: Medusa applies CORS to /store, /admin and /auth only. The seller dashboard
 * is served by the storefront, so it gets the storefront's origins (http.storeCors). Registered
 * before authentication so that a browser's preflight (OPTIONS, no token) is answered here.
 */
export function sellerCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const config = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const origins = config.projectConfig.http.storeCors
  if (cached?.origins !== origins) {
    cached = { origins, handler: cors({ origin: parseCorsOrigins(origins), credentials: true, preflightContinue: false }) }
  }
  return cached.handler(req, res, next)
}
