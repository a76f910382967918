import { MedusaError } from "@medusajs/framework/utils"
import type { BankTransferOptions, ChoQrPluginOptions } from "../../options"
import { pluginOptions } from "../medusa/plugin-options"

export const PLUGIN_NAME = "@nongsan/cho-qr"

/** Bank transfer's settings from medusa-config, or a 404 when it is not configured. */
export function requireBankTransferOptions(scope: { resolve: <T>(key: string) => T }): BankTransferOptions {
  const options = pluginOptions<ChoQrPluginOptions>(scope, PLUGIN_NAME)?.bankTransfer
  if (!options) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Chuyển khoản chưa được cấu hình / Bank transfer is not configured")
  return options
}
