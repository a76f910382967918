import { pluginOptions } from "@nongsan/cho-qr/lib/medusa/plugin-options"
import { MedusaError } from "@medusajs/framework/utils"
import type { VnpayOptions } from "../options"

export const PLUGIN_NAME = "@nongsan/payment-vnpay"
/** The provider's id in the Payment Module: pp_<identifier>_<id from medusa-config>. */
export const VNPAY_PROVIDER_ID = "pp_vnpay_vnpay"

type Resolver = { resolve: <T>(key: string) => T }

/**
 * The plugin's options from medusa-config (the same object the provider gets), or null when
 * VNPay is not configured. Routes and jobs read the secret here; the provider gets it injected.
 */
export function vnpayOptions(scope: Resolver): VnpayOptions | null {
  const options = pluginOptions<VnpayOptions>(scope, PLUGIN_NAME)
  return options?.tmnCode ? (options as VnpayOptions) : null
}

export function requireVnpayOptions(scope: Resolver): VnpayOptions {
  const options = vnpayOptions(scope)
  if (!options) throw new MedusaError(MedusaError.Types.NOT_FOUND, "VNPay chưa được cấu hình / VNPay is not configured")
  return options
}
