// `npm run dev`: the whole marketplace on one machine with nothing but Node installed.
// Embedded Postgres (unless DATABASE_URL is set) → migrations when the schema changed → Medusa
// (:9000) and the Nuxt storefront (:3000), with the demo seed running beside them on the first run
// and when the demo data changed. Ctrl-C stops every process group it started.
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { dataDir } from "./paths.ts"
import { buildPlugins } from "./plugins.ts"
import { createDatabase, databaseExists } from "./database.ts"
import { stopGroup, type Managed } from "./processes.ts"
import {
  databaseUrl,
  migrateIfChanged,
  publishableKey,
  seedFingerprint,
  startMedusa,
  startPostgresServer,
  startSeedDemo,
  startStorefront,
  waitForPublishableKey,
} from "./stack.ts"
import demo from "../../seed/data/demo.json" with { type: "json" }

const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
const log = (line: string) => console.log(`\x1b[32m[nongsan]\x1b[0m ${line}`)

const MEDUSA_PORT = Number(process.env.MEDUSA_PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 3000)
const PG_PORT = Number(process.env.NONGSAN_PG_PORT || 54320)
const DB_NAME = "nongsan"

const children: Managed[] = []
let shuttingDown = false

async function shutdown(code: number) {
  if (shuttingDown) return
  shuttingDown = true
  log("stopping …")
  // Reverse order: the storefront and Medusa first, Postgres last so they can close cleanly.
  for (const child of [...children].reverse()) await stopGroup(child)
  log("stopped")
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => shutdown(0))

async function main() {
  await buildPlugins({ onlyStale: true, log })

  let dbUrl = process.env.DATABASE_URL
  if (!dbUrl) {
    log(`starting embedded Postgres on port ${PG_PORT} (data in ${join(dataDir, "pg")})`)
    const pg = await startPostgresServer(join(dataDir, "pg"), PG_PORT)
    children.push(pg.managed)
    if (!(await databaseExists(pg.serverUrl, DB_NAME))) await createDatabase(pg.serverUrl, DB_NAME)
    dbUrl = databaseUrl(pg.serverUrl, DB_NAME)
  } else {
    log("using DATABASE_URL")
  }
  if (process.env.REDIS_URL) log("using REDIS_URL: Medusa's Redis modules for events, workflows, locks and cache")
  if (process.env.MEILISEARCH_HOST) log("using MEILISEARCH_HOST: product search on Meilisearch (@nongsan/search-meilisearch)")

  if (await migrateIfChanged(dbUrl, join(dataDir, `schema-${DB_NAME}.fingerprint`))) log(`migrations done (${elapsed()})`)

  // The seed adds only what is missing, so a changed demo catalogue reaches an existing database.
  // It runs beside the servers: they start as soon as the store and its publishable key exist,
  // and the farms, products and photos (most of a first run's minutes) appear while you look.
  const seedState = join(dataDir, `seed-${DB_NAME}.fingerprint`)
  let key = await publishableKey(dbUrl)
  let seeding = false
  if (!key || !existsSync(seedState) || readFileSync(seedState, "utf8") !== seedFingerprint()) {
    log(
      key
        ? "the demo data changed: seeding what is missing beside the running shop …"
        : "first run: seeding the demo marketplace (36 farms, 150 products with drawn photos); the shop opens as soon as the store exists and fills in while the seed runs …"
    )
    const seed = startSeedDemo(dbUrl, { MEDUSA_BACKEND_URL: `http://localhost:${MEDUSA_PORT}`, STOREFRONT_URL: `http://localhost:${STOREFRONT_PORT}` })
    children.push(seed)
    seeding = true
    seed.exited.then((code) => {
      seeding = false
      if (shuttingDown) return
      if (code !== 0) return log(`\x1b[31mthe demo seed failed (${code}); the shop runs with what it added. Run npm run dev again to finish it.\x1b[0m`)
      writeFileSync(seedState, seedFingerprint())
      log(`demo data complete (${elapsed()})`)
    })
    key = await waitForPublishableKey(dbUrl, seed)
  }

  log("starting Medusa and the storefront …")
  const [medusa, storefront] = await Promise.all([
    startMedusa({
      databaseUrl: dbUrl,
      port: MEDUSA_PORT,
      mode: "develop",
      env: { STOREFRONT_URL: `http://localhost:${STOREFRONT_PORT}` },
      onSpawn: (m) => children.push(m),
    }),
    startStorefront({
      port: STOREFRONT_PORT,
      medusaUrl: `http://localhost:${MEDUSA_PORT}`,
      publishableKey: key,
      mode: "dev",
      onSpawn: (s) => children.push(s),
    }),
  ])
  // Ask for the home page once so the first visitor does not wait for Vite's first compile.
  await fetch(storefront.url).catch(() => undefined)

  console.log(`
\x1b[1mNông sản Việt is running\x1b[0m (ready in ${elapsed()})
  Shop (storefront)   ${storefront.url}
  Medusa Admin        ${medusa.url}/app
    demo operator     ${demo.operator.email} / ${demo.operator.password}
  Seller dashboard    ${storefront.url}/kenh-nguoi-ban
    demo farmer       ${demo.sellerLogin.phone} / ${demo.sellerLogin.password}
  Store API           ${medusa.url}/store  (publishable key ${key})
Press Ctrl-C to stop everything.${seeding ? "\n  The demo seed is still adding farms and products: see the [seed] lines, then \"demo data complete\"." : ""}
`)
  // A child that dies on its own takes the rest down with it: a half-running stack helps no one.
  for (const child of children.filter((c) => c.name !== "seed")) {
    child.exited.then((code) => {
      if (shuttingDown) return
      log(`${child.name} exited (${code})`)
      shutdown(1)
    })
  }
}

main().catch((error) => {
  console.error(error)
  shutdown(1)
})
