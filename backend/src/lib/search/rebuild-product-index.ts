import type { ISearchModuleService, MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SingleBar, Presets } from "cli-progress"

/**
 * Rebuilds the product index in place from the catalogue, with a
 * progress bar. It runs the index definition's own `seed` (search/product.ts), so what it writes
 * is exactly what the events write; then documents of products that no longer belong in the shop
 * (the seed skips them) are deleted, so the index is never emptied while the shop reads it.
 * The Search Module's `reindex()` does the same as a background job without progress to show,
 * which is what `medusa db:migrate` and application start use.
 */
export async function rebuildProductIndex(container: MedusaContainer) {
  if (await ensureProductIndex(container)) return
  const searchModule = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const index = searchModule.getIndex("product")
  const { metadata } = await query.graph({ entity: "product", fields: ["id"], pagination: { take: 1, skip: 0 } })
  const total = metadata?.count ?? 0

  const bar = new SingleBar({ format: "product index [{bar}] {value}/{total} products | {eta_formatted} left", hideCursor: true }, Presets.shades_classic)
  bar.start(total, 0)
  const seen = new Set<string>()
  for await (const mutations of index.seed({ container: { query: query as unknown as SearchTypes.SearchContainer["query"], logger }, index })) {
    for (const mutation of mutations) {
      if (mutation.action === "upsert") {
        await searchModule.upsertDocuments({ index: index.name, documents: mutation.documents })
        mutation.documents.forEach((d) => seen.add(d.id))
      } else {
        await searchModule.deleteDocuments({ index: index.name, filters: mutation.filters })
      }
    }
    bar.update(Math.min(total, seen.size))
  }
  bar.update(total)
  bar.stop()
  const stale = await staleIds(searchModule, seen)
  if (stale.length) await searchModule.deleteDocuments({ index: index.name, filters: { id: stale } })
  logger.info(`Search index "product": ${seen.size} documents written, ${stale.length} stale removed (${total} products in the catalogue).`)
}

/**
 * Builds the product index when it has no active version yet (a fresh database), so that product
 * events have somewhere to write instead of failing one by one. True when it had to build it.
 */
export async function ensureProductIndex(container: MedusaContainer): Promise<boolean> {
  const searchModule = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const details = (await searchModule.listIndexes()).find((i) => i.name === "product")
  if (details?.status === "ready") return false
  // Medusa's own reindex builds a version and makes it active. It reports no progress, so the
  // bar is for the in-place rebuild.
  logger.info(`Search index "product" is ${details?.status ?? "missing"}: building it with the Search Module's reindex…`)
  await searchModule.reindex({ index: "product" })
  logger.info(`Search index "product" built.`)
  return true
}

const PAGE = 1000

/** Documents in the index whose product the seed did not write. */
async function staleIds(searchModule: ISearchModuleService, seen: Set<string>): Promise<string[]> {
  const stale: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { hits } = await searchModule.search({ entity: "product", fields: ["id"], pagination: { skip, take: PAGE, order: { id: "ASC" } }, search_options: { count: "none" } })
    stale.push(...hits.map((h) => h.id).filter((id) => !seen.has(id)))
    if (hits.length < PAGE) return stale
  }
}
