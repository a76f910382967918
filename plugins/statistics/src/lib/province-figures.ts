import { randomUUID } from "node:crypto"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { computeFigures, type Figures } from "./figures/compute-figures"
import { loadFacts } from "./figures/load-facts"

const CACHE_KEY = "nongsan:statistics:figures"
const GENERATION_KEY = "nongsan:statistics:generation"
/** Figures move slowly; five minutes spares the database a page and four downloads per visitor. */
const CACHE_SECONDS = 300

/** Cached figures with the generation current when their count began. */
type Counted = { figures: Figures; generation: string | null }

/**
 * The figures from `cache` when counted since the last forgetFigures, otherwise counted afresh.
 * A count that began before a change and ends after it (reads take a while) still lands in the
 * cache, so deleting the entry is not enough: each change starts a new generation, and an entry
 * of an older one is not served.
 */
export async function cachedFigures(cache: ICacheService, count: () => Promise<Figures>): Promise<Figures> {
  const [cached, current] = await Promise.all([cache.get<Counted>(CACHE_KEY), cache.get<string>(GENERATION_KEY)])
  const generation = current ?? null
  if (cached && cached.generation === generation) return cached.figures
  const figures = await count()
  await cache.set(CACHE_KEY, { figures, generation } satisfies Counted, CACHE_SECONDS)
  return figures
}

/** Starts a new generation, so an operator's change shows at once. */
export async function forgetFigures(cache: ICacheService) {
  // Kept a day: far longer than any entry of the generation before it lives.
  await cache.set(GENERATION_KEY, randomUUID(), 24 * 3600)
  await cache.invalidate(CACHE_KEY)
}

/**
 * The province's figures, through Medusa's cache module (in memory in one process, shared
 * through Redis when REDIS_URL is set).
 */
export async function provinceFigures(scope: MedusaContainer): Promise<Figures> {
  return cachedFigures(scope.resolve<ICacheService>(Modules.CACHE), async () => computeFigures(await loadFacts(scope)))
}

/** Drops the cached figures, so an operator's change shows at once. */
export async function forgetProvinceFigures(scope: MedusaContainer) {
  await forgetFigures(scope.resolve<ICacheService>(Modules.CACHE))
}
