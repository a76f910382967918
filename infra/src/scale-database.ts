// A database holding the demo marketplace plus a scaled catalogue of `products` products, for
// `npm run seed:scale` and `npm run bench`. By default it lives in an embedded Postgres of its
// own (.data/pg-scale, one database per size), so it never touches .data/pg of `npm run dev`;
// with DATABASE_URL set, that database is used as it is.
import { join } from "node:path"
import { dataDir } from "./paths.ts"
import { createDatabase, databaseExists } from "./database.ts"
import type { Managed } from "./processes.ts"
import { backendDir, childEnv, databaseUrl, freePort, migrateIfChanged, publishableKey, seedDemo, startPostgresServer } from "./stack.ts"
import { run } from "./processes.ts"

export type ScaleDatabase = { dbUrl: string; postgres?: Managed }

/** Starts (or reuses) the Postgres holding the scaled database for `products`; creates it if missing. */
export async function openScaleDatabase(products: number, log: (line: string) => void): Promise<ScaleDatabase> {
  if (process.env.DATABASE_URL) return { dbUrl: process.env.DATABASE_URL }
  const dir = join(dataDir, "pg-scale")
  log(`embedded Postgres in ${dir}`)
  const pg = await startPostgresServer(dir, await freePort())
  const name = `nongsan_scale_${products}`
  if (!(await databaseExists(pg.serverUrl, name))) await createDatabase(pg.serverUrl, name)
  return { dbUrl: databaseUrl(pg.serverUrl, name), postgres: pg.managed }
}

/**
 * Migrates and seeds the demo marketplace (the base: region, sales channel, stock location,
 * delivery zone, demo sellers, markets) when needed, then adds the scaled catalogue through
 * backend/src/scripts/seed-scale.ts, which refuses to seed a database twice with different sizes.
 */
export async function seedScale(dbUrl: string, products: number, log: (line: string) => void) {
  const stateName = new URL(dbUrl).pathname.slice(1) || "database"
  if (await migrateIfChanged(dbUrl, join(dataDir, `schema-${stateName}.fingerprint`), { quiet: true })) log("migrations done")
  if (!(await publishableKey(dbUrl))) {
    log("seeding the demo marketplace (the base the scaled catalogue builds on) …")
    await seedDemo(dbUrl, { quiet: true })
  }
  await seedScaleCatalogue(dbUrl, products)
}

/** The scaled catalogue alone, on a database that already holds the demo marketplace. */
export async function seedScaleCatalogue(dbUrl: string, products: number, { quiet = false } = {}) {
  await run(join(backendDir, "..", "node_modules", ".bin", "medusa"), ["exec", "./src/scripts/seed-scale.ts", String(products)], {
    cwd: backendDir,
    env: childEnv({ DATABASE_URL: dbUrl, LOG_LEVEL: "warn" }),
    quiet,
  })
}
