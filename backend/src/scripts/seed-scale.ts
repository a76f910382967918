import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SingleBar, Presets } from "cli-progress"
import { createSellerProductWorkflow, createSellersWorkflow } from "@nongsan/farmer-household/workflows"
import { rebuildProductIndex } from "../lib/search/rebuild-product-index"
import { scaleCatalogue, SCALE_HANDLE_PREFIX, PROTOTYPE_SKU } from "../lib/scale/catalogue"
import { cloneProducts } from "../lib/scale/clone-products"

/** Products per scaled seller: a household or cooperative with a hundred listings. */
const PRODUCTS_PER_SELLER = 100
const SELLER_BATCH = 50

/**
 * `npm run seed:scale -- --products N` (through infra/src/seed-scale.ts, on a database that holds
 * the demo marketplace). Sellers and one prototype product go through our workflows, exactly as a
 * seller's phone creates them; the other N-1 products are copies of the prototype's rows made in
 * bulk SQL (lib/scale/clone-products.ts), because the product workflow costs seconds per product
 * on this machine (3.7 s for the prototype with other work running: days for 100k). Then the
 * search index is rebuilt through the index's own seed, as `npm run search:reindex` does.
 * Sellers and the prototype are found again on a rerun; the copies are written in one
 * transaction, so a database holds all of them or none, and a database seeded with another size
 * is refused.
 */
export default async function seedScale({ container, args }: ExecArgs) {
  // `medusa exec` passes positional arguments only: the number of products.
  const products = Number(args[0])
  if (!Number.isInteger(products) || products < 1) throw new Error(`seed-scale needs the number of products (got ${args[0]})`)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  let phase = performance.now()
  const log = (line: string) => console.log(`[seed:scale] ${line}`)
  /** Seconds since the previous call: each phase says what it cost. */
  const took = () => {
    const seconds = ((performance.now() - phase) / 1000).toFixed(1)
    phase = performance.now()
    return `${seconds} s`
  }

  const [{ count: existing }] = await knex("product").where("handle", "like", `${SCALE_HANDLE_PREFIX}%`).whereNull("deleted_at").count()
  if (Number(existing) === products) {
    log(`this database already holds ${products} scaled products: nothing to do`)
    return
  }
  if (Number(existing) > 1) {
    throw new Error(
      `This database already holds ${existing} scaled products, not ${products}: refusing to mix sizes. ` +
        "Use another database (each --products has its own under .data/pg-scale) or drop this one."
    )
  }

  const catalogue = await scaleCatalogue(container, products)
  const sellerCount = Math.max(1, Math.ceil(products / PRODUCTS_PER_SELLER))
  const wanted = catalogue.sellers(sellerCount)
  const { data: known } = await query.graph({ entity: "seller", fields: ["handle"], filters: { handle: wanted.map((s) => s.handle) } })
  const missing = wanted.filter((s) => !known.some((k) => k.handle === s.handle))
  log(`${sellerCount} sellers through createSellersWorkflow (${missing.length} to create)`)
  // Also drawn (every 5 s, one line each) when the output is a log rather than a terminal.
  const bar = new SingleBar(
    { format: "{what} [{bar}] {value}/{total} | {duration_formatted} elapsed, {eta_formatted} left", hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000 },
    Presets.shades_classic
  )
  bar.start(missing.length, 0, { what: "sellers " })
  for (let i = 0; i < missing.length; i += SELLER_BATCH) {
    await createSellersWorkflow(container).run({ input: { sellers: missing.slice(i, i + SELLER_BATCH) } })
    bar.update(Math.min(missing.length, i + SELLER_BATCH))
  }
  bar.stop()
  log(`sellers: ${took()}`)

  const { data: sellers } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "name", "province", "commune", "shipping_profile.id"],
    filters: { handle: wanted.map((s) => s.handle) },
  })
  sellers.sort((a, b) => a.handle.localeCompare(b.handle))

  let [prototype] = await knex("product_variant").where({ sku: PROTOTYPE_SKU }).whereNull("deleted_at").select("product_id")
  if (!prototype) {
    log("prototype product through createSellerProductWorkflow")
    const { result } = await createSellerProductWorkflow(container).run({ input: { seller_id: sellers[0].id, product: catalogue.prototype() } })
    await knex("product").where({ id: result.id }).update({ handle: `${SCALE_HANDLE_PREFIX}0` })
    prototype = { product_id: result.id }
    log(`prototype: ${took()} for one product through the workflow`)
  }

  if (products > 1) {
    bar.start(products - 1, 0, { what: "products" })
    await cloneProducts(knex, {
      prototypeId: prototype.product_id,
      products,
      sellers,
      catalogue,
      onProgress: (done) => bar.update(done),
    })
    bar.stop()
    log(`${products - 1} copies: ${took()}`)
  }
  log("search index (the index definition's own seed, as npm run search:reindex)")
  await rebuildProductIndex(container)
  log(`search index: ${took()}`)
}
