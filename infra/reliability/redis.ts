// A Redis of the test's own: Debian's redis-server on a free port, data in a temporary folder,
// no persistence; stopped (and its folder removed) by stop().
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { spawnGroup, stopGroup, waitForLine } from "../src/processes.ts"
import { freePort } from "../src/stack.ts"

export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "nongsan-redis-"))
  const port = await freePort()
  const managed = spawnGroup(
    "redis",
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no"],
    { prefix: false }
  )
  const stop = async () => {
    await stopGroup(managed)
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitForLine(managed, /Ready to accept connections/, 30_000)
  } catch (error) {
    await stop()
    throw new Error(`redis-server did not start (is Debian's redis-server installed?): ${(error as Error).message}`)
  }
  return { url: `redis://127.0.0.1:${port}`, stop }
}
