// A real Medusa for one test suite: its own database cloned from the template, its own port,
// real HTTP. Stopped (process group and database) by stop().
import { inject } from "vitest"
import { randomBytes } from "node:crypto"
import { createDatabase, dropDatabase } from "../database.ts"
import { stopGroup, type Managed } from "../processes.ts"
import { databaseUrl, freePort, publishableKey, startMedusa } from "../stack.ts"
import { medusaApi, type MedusaApi } from "./medusa-api.ts"
import demo from "../../../seed/data/demo.json" with { type: "json" }

export type TestMedusa = {
  url: string
  databaseUrl: string
  publishableKey: string
  /** fetch against Medusa, JSON in and out; the publishable key is sent on /store routes. */
  api: MedusaApi
  /** A bearer token for the demo operator. */
  adminToken: () => Promise<string>
  stop: () => Promise<void>
}

const LOCALHOST_ORIGIN = String.raw`/^http:\/\/localhost:\d+$/`

/** A database of its own for a test, cloned from the migrated and seeded template. */
export async function createTestDatabase(): Promise<{ databaseUrl: string; drop: () => Promise<void> }> {
  const serverUrl = inject("pgServerUrl")
  const database = `test_${randomBytes(4).toString("hex")}`
  await createDatabase(serverUrl, database, inject("templateDatabase"))
  return { databaseUrl: databaseUrl(serverUrl, database), drop: () => dropDatabase(serverUrl, database) }
}

export async function startTestMedusa(env: Record<string, string> = {}): Promise<TestMedusa> {
  const database = await createTestDatabase()
  try {
    const medusa = await serveTestMedusa(database.databaseUrl, env)
    return {
      ...medusa,
      stop: async () => {
        await medusa.stop()
        await database.drop()
      },
    }
  } catch (error) {
    await database.drop()
    throw error
  }
}

/**
 * A Medusa process on an existing database: several may serve the same one (a server/worker
 * split), and `stop` leaves the database alone. `managed` is the process group, for tests that
 * kill it.
 */
export async function serveTestMedusa(dbUrl: string, env: Record<string, string> = {}): Promise<TestMedusa & { managed: Managed }> {
  let managed: Managed | undefined
  try {
    const medusa = await startMedusa({
      databaseUrl: dbUrl,
      port: await freePort(),
      mode: "start",
      quiet: !process.env.NONGSAN_TEST_VERBOSE,
      // Test storefronts run on random ports: let any localhost origin call this Medusa.
      env: { ADMIN_DISABLED: "true", LOG_LEVEL: "error", STORE_CORS: LOCALHOST_ORIGIN, AUTH_CORS: LOCALHOST_ORIGIN, ...env },
      onSpawn: (m) => (managed = m),
    })
    const key = (await publishableKey(dbUrl))!
    const api = medusaApi(medusa.url, key)
    let token: string | undefined
    const adminToken = async () => {
      if (token) return token
      const res = await api("/auth/user/emailpass", { method: "POST", json: demo.operator })
      if (res.status !== 200) throw new Error(`operator login failed: ${res.status} ${JSON.stringify(res.body)}`)
      return (token = res.body.token as string)
    }
    return { url: medusa.url, databaseUrl: dbUrl, publishableKey: key, api, adminToken, managed: managed!, stop: () => stopGroup(managed!) }
  } catch (error) {
    if (managed) await stopGroup(managed)
    throw error
  }
}
