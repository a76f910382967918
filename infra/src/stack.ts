// The pieces of a running nongsan: Postgres, Medusa and the storefront. Used by `npm run dev`,
// by the test harness and by the benchmarks, so all three run the stack the same way.
import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { join } from "node:path"
import { repoRoot } from "./paths.ts"
import { spawnGroup, waitForLine, waitForHttp, run, type Managed } from "./processes.ts"
import { withClient } from "./database.ts"
import demo from "../../seed/data/demo.json" with { type: "json" }

export const backendDir = join(repoRoot, "backend")
export const storefrontDir = join(repoRoot, "storefront")
const nodeBin = join(repoRoot, "node_modules", ".bin")
const medusaCli = join(nodeBin, "medusa")

/**
 * The environment every child gets: our Node 24 first on PATH, whatever started us. Medusa's
 * telemetry is off unless asked for: its sender, forked by each command, was seen taking a
 * whole core and 800 MB on the 2-core bench machine.
 */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { MEDUSA_DISABLE_TELEMETRY: "true", ...process.env, PATH: `${nodeBin}:${process.env.PATH}`, ...extra }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Starts infra/src/postgres-server.ts as a child process group; resolves once it is ready. */
export async function startPostgresServer(dataDir: string, port: number) {
  const managed = spawnGroup("postgres", process.execPath, [join(repoRoot, "infra/src/postgres-server.ts")], {
    env: childEnv({ NONGSAN_PG_DIR: dataDir, NONGSAN_PG_PORT: String(port) }),
    prefix: false,
  })
  managed.child.stderr!.on("data", (chunk) => process.stderr.write(`[postgres] ${chunk}`))
  const [, serverUrl] = await waitForLine(managed, /^READY (\S+)/, 120_000)
  return { serverUrl, managed }
}

/** Replaces the database name in a Postgres URL. */
export function databaseUrl(serverUrl: string, database: string) {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** A short hash of the files below roots (relative to the repo) whose paths match filter. */
export function fingerprint(roots: string[], filter: RegExp = /./): string {
  const hash = createHash("sha256")
  const walk = (path: string) => {
    if (!existsSync(path)) return
    if (!statSync(path).isDirectory()) {
      if (filter.test(path)) hash.update(path).update(readFileSync(path))
      return
    }
    for (const name of readdirSync(path).sort()) if (name !== "node_modules" && name !== ".medusa") walk(join(path, name))
  }
  for (const root of roots) walk(join(repoRoot, root))
  return hash.digest("hex").slice(0, 12)
}

/**
 * Everything that decides the schema: Medusa's version and every migration and link file of our
 * plugins and backend, and the search index definitions with what builds their documents
 * (`db:migrate` creates the indexes). Same fingerprint, same schema: migrations can be skipped.
 */
export function schemaFingerprint(): string {
  return fingerprint(
    ["node_modules/@medusajs/medusa/package.json", "plugins", "backend/src", "backend/medusa-config.ts"],
    /package\.json$|migrations|links|search|medusa-config/
  )
}

/**
 * What decides the demo seed's content: its data and its code, not its unit tests (a changed test
 * would otherwise rebuild the test template and re-seed `npm run dev`'s database).
 */
export function seedFingerprint(): string {
  return fingerprint(["seed/data", "backend/src/scripts/seed-demo.ts", "backend/src/seed"], /(?<!\.test\.ts)$/)
}

export async function migrate(dbUrl: string, { quiet = false } = {}) {
  await run(medusaCli, ["db:migrate"], { cwd: backendDir, env: childEnv({ DATABASE_URL: dbUrl }), quiet })
}

/**
 * Seeds the demo marketplace. `env` names the Medusa that will serve it (MEDUSA_BACKEND_URL,
 * STOREFRONT_URL): uploaded photos and scans are stored with that backend's URL.
 */
export async function seedDemo(dbUrl: string, { quiet = false, env = {} as Record<string, string> } = {}) {
  await run(medusaCli, SEED_ARGS, { cwd: backendDir, env: childEnv({ DATABASE_URL: dbUrl, ...env }), quiet })
}

/** The same seed as a process group of its own, its lines prefixed `[seed]`, for `npm run dev`. */
export function startSeedDemo(dbUrl: string, env: Record<string, string> = {}): Managed {
  return spawnGroup("seed", medusaCli, SEED_ARGS, { cwd: backendDir, env: childEnv({ DATABASE_URL: dbUrl, ...env }) })
}

const SEED_ARGS = ["exec", "./src/scripts/seed-demo.ts"]

/**
 * Resolves with the storefront's publishable key once the seed has created it and given it the
 * sales channel (the storefront can serve from then on); rejects if the seed exits first without.
 */
export async function waitForPublishableKey(dbUrl: string, seed: Managed): Promise<string> {
  let exited: number | null | undefined
  seed.exited.then((code) => (exited = code))
  for (;;) {
    const key = await publishableKey(dbUrl, { withSalesChannel: true })
    if (key) return key
    if (exited !== undefined) throw new Error(`the seed exited (${exited}) without creating the storefront's publishable key`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Migrates when the schema fingerprint recorded in stateFile differs; returns whether it ran. */
export async function migrateIfChanged(dbUrl: string, stateFile: string, { quiet = false } = {}): Promise<boolean> {
  const current = schemaFingerprint()
  if (existsSync(stateFile) && readFileSync(stateFile, "utf8") === current) return false
  await migrate(dbUrl, { quiet })
  mkdirSync(join(stateFile, ".."), { recursive: true })
  writeFileSync(stateFile, current)
  return true
}

/** The storefront's publishable key, as the seed created it (null before the first seed). */
export async function publishableKey(dbUrl: string, { withSalesChannel = false } = {}): Promise<string | null> {
  return withClient(dbUrl, async (c) => {
    const exists = await c.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'api_key'")
    if (!exists.rowCount) return null
    const linked = withSalesChannel
      ? "AND EXISTS (SELECT 1 FROM publishable_api_key_sales_channel l WHERE l.publishable_key_id = k.id AND l.deleted_at IS NULL)"
      : ""
    const { rows } = await c.query(
      `SELECT token FROM api_key k WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL ${linked} ORDER BY created_at LIMIT 1`,
      [demo.store.publishableKeyTitle]
    )
    return rows[0]?.token ?? null
  })
}

export type MedusaOptions = {
  databaseUrl: string
  port: number
  mode: "develop" | "start"
  env?: Record<string, string | undefined>
  quiet?: boolean
  /** Called as soon as the process exists, before it is ready, so a caller can always stop it. */
  onSpawn?: (managed: Managed) => void
}

/** Starts Medusa from the backend's sources; resolves when /health answers. */
export async function startMedusa(opts: MedusaOptions): Promise<Managed & { url: string }> {
  const url = `http://localhost:${opts.port}`
  const args = opts.mode === "develop" ? ["develop", "--port", String(opts.port)] : ["start", "--port", String(opts.port)]
  const managed = spawnGroup("medusa", medusaCli, args, {
    cwd: backendDir,
    env: childEnv({ DATABASE_URL: opts.databaseUrl, MEDUSA_BACKEND_URL: url, ...opts.env }),
    prefix: !opts.quiet,
    stdio: opts.quiet ? ["ignore", "ignore", "inherit"] : undefined,
  })
  opts.onSpawn?.(managed)
  await waitForHttp(`${url}/health`, 180_000, managed)
  return { ...managed, url }
}

export type StorefrontOptions = {
  port: number
  medusaUrl: string
  publishableKey: string
  mode: "dev" | "preview"
  quiet?: boolean
  onSpawn?: (managed: Managed) => void
}

export async function startStorefront(opts: StorefrontOptions): Promise<Managed & { url: string }> {
  const url = `http://localhost:${opts.port}`
  const env = childEnv({
    PORT: String(opts.port),
    NITRO_PORT: String(opts.port),
    NUXT_MEDUSA_URL: opts.medusaUrl,
    NUXT_PUBLIC_MEDUSA_URL: opts.medusaUrl,
    NUXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: opts.publishableKey,
  })
  const [command, args] =
    opts.mode === "dev"
      ? [join(nodeBin, "nuxt"), ["dev", "--port", String(opts.port), "--no-fork"]]
      : [process.execPath, [join(storefrontDir, ".output/server/index.mjs")]]
  const managed = spawnGroup("storefront", command, args, {
    cwd: storefrontDir,
    env,
    prefix: !opts.quiet,
    stdio: opts.quiet ? ["ignore", "ignore", "inherit"] : undefined,
  })
  opts.onSpawn?.(managed)
  // Ready once it serves a page that asks Medusa nothing: the home page's shelves took longer than
  // the probe's 2 s on a 100k catalogue, so the bench never saw the storefront come up.
  await waitForHttp(`${url}/robots.txt`, 180_000, managed)
  return { ...managed, url }
}
