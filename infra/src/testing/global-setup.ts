// vitest global setup for suites that need Medusa: starts the embedded Postgres in a child
// process (never in this process: its exit hooks would swallow a failing run's exit code) and
// prepares one migrated, seeded template database that each suite clones in about a second.
import type { TestProject } from "vitest/node"
import { join } from "node:path"
import { dataDir } from "../paths.ts"
import { buildPlugins } from "../plugins.ts"
import { databaseExists, createDatabase, dropDatabase, withClient } from "../database.ts"
import { stopGroup } from "../processes.ts"
import { databaseUrl, fingerprint, freePort, migrate, schemaFingerprint, seedDemo, startPostgresServer } from "../stack.ts"
import pg from "pg"

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string
    templateDatabase: string
  }
}

export default async function setup(project: TestProject) {
  await buildPlugins({ onlyStale: true })
  const pgServer = await startPostgresServer(join(dataDir, "pg-test"), await freePort())
  // The seed's data and script decide the template's content as much as the schema does.
  const template = `template_${schemaFingerprint()}_${fingerprint(["seed/data", "backend/src/scripts/seed-demo.ts"])}`
  if (!(await databaseExists(pgServer.serverUrl, template))) {
    const started = Date.now()
    console.log(`[test] preparing template database ${template} (migrate + seed) …`)
    const building = `${template}_building`
    await dropDatabase(pgServer.serverUrl, building)
    await createDatabase(pgServer.serverUrl, building)
    await migrate(databaseUrl(pgServer.serverUrl, building))
    await seedDemo(databaseUrl(pgServer.serverUrl, building))
    // Renamed only when complete, so an interrupted run never leaves a half-made template.
    await withClient(pgServer.serverUrl, (c) =>
      c.query(`ALTER DATABASE ${pg.escapeIdentifier(building)} RENAME TO ${pg.escapeIdentifier(template)}`)
    )
    console.log(`[test] template ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  project.provide("pgServerUrl", pgServer.serverUrl)
  project.provide("templateDatabase", template)
  return async () => {
    await stopGroup(pgServer.managed, 10_000)
  }
}
