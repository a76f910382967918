import type { MedusaContainer } from "@medusajs/framework/types"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { computeFigures, type Figures } from "./figures/compute-figures"
import { loadFacts } from "./figures/load-facts"

const CACHE_KEY = "nongsan:statistics:figures"
/** Figures move slowly; five minutes spares the database a page and four downloads per visitor. */
const CACHE_SECONDS = 300

/**
 * The province's figures, from Medusa's cache module when a recent count is there (in memory in
 * one process, shared through Redis when REDIS_URL is set), otherwise counted afresh.
 */
export async function provinceFigures(scope: MedusaContainer): Promise<Figures> {
  const cache = scope.resolve<ICacheService>(Modules.CACHE)
  const cached = await cache.get<Figures>(CACHE_KEY)
  if (cached) return cached
  const figures = computeFigures(await loadFacts(scope))
  await cache.set(CACHE_KEY, figures, CACHE_SECONDS)
  return figures
}

/** Drops the cached figures, so an operator's change shows at once. */
export async function forgetProvinceFigures(scope: MedusaContainer) {
  await scope.resolve<ICacheService>(Modules.CACHE).invalidate(CACHE_KEY)
}
