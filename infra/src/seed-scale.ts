// `npm run seed:scale -- --products 100000`: the demo marketplace plus a large consistent
// catalogue (sellers, products, variants, prices, stock, OCOP certificates, search index) in the
// embedded Postgres of .data/pg-scale (one database per size) or in DATABASE_URL.
import { parseArgs } from "node:util"
import { performance } from "node:perf_hooks"
import { stopGroup } from "./processes.ts"
import { openScaleDatabase, seedScale } from "./scale-database.ts"

const { values } = parseArgs({ options: { products: { type: "string", default: "10000" } } })
const products = Number(values.products)
if (!Number.isInteger(products) || products < 1) {
  console.error(`--products must be a positive whole number (got ${values.products})`)
  process.exit(2)
}

const started = performance.now()
const log = (line: string) => console.log(`[seed:scale] ${line}`)
const db = await openScaleDatabase(products, log)
try {
  await seedScale(db.dbUrl, products, log)
  log(`${products} products ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${db.dbUrl})`)
} finally {
  if (db.postgres) await stopGroup(db.postgres, 10_000)
}
