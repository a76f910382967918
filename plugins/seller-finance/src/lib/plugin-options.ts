import { pluginOptions } from "@nongsan/cho-qr/lib/medusa/plugin-options"
import { DECREE_117_GOODS, type WithholdingOptions } from "./withholding"

export const PLUGIN_NAME = "@nongsan/seller-finance"
export type SellerFinanceOptions = { withholding?: Partial<WithholdingOptions> }

/** The withholding in force: Decree 117/2025's goods rates, overridden by the plugin options. */
export function withholdingOptions(scope: { resolve: <T>(key: string) => T }): WithholdingOptions {
  return { ...DECREE_117_GOODS, ...pluginOptions<SellerFinanceOptions>(scope, PLUGIN_NAME)?.withholding }
}
