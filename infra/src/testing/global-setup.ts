// vitest global setup for suites that need Medusa: starts the embedded Postgres in a child
// process (never in this process: its exit hooks would swallow a failing run's exit code) and
// prepares one migrated, seeded template database that each suite clones in about a second.
import type { TestProject } from "vitest/node"
import { join } from "node:path"
import { dataDir } from "../paths.ts"
import { buildPlugins } from "../plugins.ts"
import { databaseExists, createDatabase, dropDatabase, withClient } from "../database.ts"
import { stopGroup } from "../processes.ts"
import { databaseUrl, freePort, migrate, schemaFingerprint, seedDemo, seedFingerprint, startPostgresServer } from "../stack.ts"
import pg from "pg"

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string
    templateDatabase: string
  }
}

type Prepared = { serverUrl: string; template: string; stop: () => Promise<void> }

// Several projects (integration, browser) name this setup; vitest runs it once per project in
// the same process. They share one Postgres, started once and stopped with the last of them.
const shared = globalThis as typeof globalThis & { __nongsanPostgres?: Promise<Prepared>; __nongsanUsers?: number }

export default async function setup(project: TestProject) {
  shared.__nongsanUsers = (shared.__nongsanUsers ?? 0) + 1
  const prepared = await (shared.__nongsanPostgres ??= prepare())
  project.provide("pgServerUrl", prepared.serverUrl)
  project.provide("templateDatabase", prepared.template)
  return async () => {
    shared.__nongsanUsers! -= 1
    if (shared.__nongsanUsers === 0) await prepared.stop()
  }
}

async function prepare(): Promise<Prepared> {
  await buildPlugins({ onlyStale: true })
  const pgServer = await startPostgresServer(join(dataDir, "pg-test"), await freePort())
  // The seed's data and code decide the template's content as much as the schema does.
  const template = `template_${schemaFingerprint()}_${seedFingerprint()}`
  if (!(await databaseExists(pgServer.serverUrl, template))) {
    const started = Date.now()
    console.log(`[test] preparing template database ${template} (migrate + seed) …`)
    const building = `${template}_building`
    await dropDatabase(pgServer.serverUrl, building)
    await createDatabase(pgServer.serverUrl, building)
    await migrate(databaseUrl(pgServer.serverUrl, building), { quiet: true })
    // 3 MP product photos (the seed's default) even when the shell asks for 12 MP: the template's
    // content must not depend on who runs the tests.
    await seedDemo(databaseUrl(pgServer.serverUrl, building), { quiet: true, env: { NONGSAN_DEMO_PHOTOS: "small" } })
    // Renamed only when complete, so an interrupted run never leaves a half-made template.
    await withClient(pgServer.serverUrl, (c) =>
      c.query(`ALTER DATABASE ${pg.escapeIdentifier(building)} RENAME TO ${pg.escapeIdentifier(template)}`)
    )
    console.log(`[test] template ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  return { serverUrl: pgServer.serverUrl, template, stop: () => stopGroup(pgServer.managed, 10_000) }
}
