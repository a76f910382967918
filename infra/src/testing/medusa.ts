// A real Medusa for one test suite: its own database cloned from the template, its own port,
// real HTTP. Stopped (process group and database) by stop().
import { inject } from "vitest"
import { randomBytes } from "node:crypto"
import { createDatabase, dropDatabase } from "../database.ts"
import { stopGroup, type Managed } from "../processes.ts"
import { databaseUrl, freePort, publishableKey, startMedusa } from "../stack.ts"
import demo from "../../../seed/data/demo.json" with { type: "json" }

export type TestMedusa = {
  url: string
  databaseUrl: string
  publishableKey: string
  /** fetch against Medusa, JSON in and out; the publishable key is sent on /store routes. */
  api: (path: string, init?: RequestInit & { json?: unknown; token?: string }) => Promise<{ status: number; body: any }>
  /** A bearer token for the demo operator. */
  adminToken: () => Promise<string>
  stop: () => Promise<void>
}

const LOCALHOST_ORIGIN = String.raw`/^http:\/\/localhost:\d+$/`

export async function startTestMedusa(env: Record<string, string> = {}): Promise<TestMedusa> {
  const serverUrl = inject("pgServerUrl")
  const database = `test_${randomBytes(4).toString("hex")}`
  await createDatabase(serverUrl, database, inject("templateDatabase"))
  const dbUrl = databaseUrl(serverUrl, database)
  let managed: Managed | undefined
  const stop = async () => {
    if (managed) await stopGroup(managed)
    await dropDatabase(serverUrl, database)
  }
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
    const api: TestMedusa["api"] = async (path, init = {}) => {
      const headers: Record<string, string> = { ...(init.headers as Record<string, string>) }
      if (path.startsWith("/store")) headers["x-publishable-api-key"] ??= key
      if (init.token) headers.authorization = `Bearer ${init.token}`
      if (init.json !== undefined) headers["content-type"] = "application/json"
      const res = await fetch(`${medusa.url}${path}`, {
        ...init,
        headers,
        body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
      })
      const text = await res.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // Not JSON: keep the text.
      }
      return { status: res.status, body }
    }
    let token: string | undefined
    const adminToken = async () => {
      if (token) return token
      const res = await api("/auth/user/emailpass", { method: "POST", json: demo.operator })
      if (res.status !== 200) throw new Error(`operator login failed: ${res.status} ${JSON.stringify(res.body)}`)
      return (token = res.body.token as string)
    }
    return { url: medusa.url, databaseUrl: dbUrl, publishableKey: key, api, adminToken, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
