import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Resolver = { resolve: <T>(key: string) => T }

/**
 * A plugin's options as medusa-config gave them. Payment providers get theirs injected; the
 * plugin's own routes, workflows and jobs read them here.
 */
export function pluginOptions<T>(scope: Resolver, pluginName: string): Partial<T> | undefined {
  const config = scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  for (const plugin of config.plugins ?? []) {
    if (typeof plugin !== "string" && plugin.resolve === pluginName) return plugin.options as Partial<T>
  }
  return undefined
}
