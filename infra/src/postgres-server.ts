// Runs the embedded Postgres as a process of its own, so whoever starts it (the dev orchestrator,
// vitest's global setup) keeps its own exit code and signal handling. Prints
// `READY <server url>` once it accepts connections; stops cleanly on SIGINT or SIGTERM, and when
// its parent dies (so a crashed test run leaves no server behind) unless NONGSAN_PG_DETACHED=1.
import { startEmbeddedPostgres } from "./postgres-embedded.ts"

const dataDir = process.env.NONGSAN_PG_DIR
const port = Number(process.env.NONGSAN_PG_PORT)
if (!dataDir || !port) {
  console.error("postgres-server needs NONGSAN_PG_DIR and NONGSAN_PG_PORT")
  process.exit(2)
}

const handle = await startEmbeddedPostgres({ dataDir, port, log: (line) => console.error(line) })
let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  await handle.stop().catch((e) => console.error(`postgres stop: ${e}`))
  process.exit(0)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, stop)
if (process.env.NONGSAN_PG_DETACHED !== "1") {
  const parent = process.ppid
  setInterval(() => process.ppid !== parent && stop(), 1000).unref()
}
console.log(`READY ${handle.url("postgres")}`)
