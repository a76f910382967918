import pg from "pg"

/** Runs fn with a client connected to the cluster's maintenance database. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withClient(serverUrl, async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1)
}

/** Creates database name, optionally as a copy of template (a file copy: about a second). */
export async function createDatabase(serverUrl: string, name: string, template?: string) {
  await withClient(serverUrl, (c) =>
    c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ""}`)
  )
}

export async function dropDatabase(serverUrl: string, name: string) {
  await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`))
}
