import { spawnSync } from "node:child_process"
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { newestMtime } from "./files.ts"
import { repoRoot } from "./paths.ts"

const pluginsDir = join(repoRoot, "plugins")

export function listPlugins() {
  return readdirSync(pluginsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(pluginsDir, e.name, "package.json")))
    .map((e) => join(pluginsDir, e.name))
}

/**
 * Builds every plugin with Medusa's plugin tooling. With onlyStale, a plugin whose build output
 * is newer than all of its sources is left alone, so a second `npm run dev` costs nothing here.
 */
export async function buildPlugins({ onlyStale = false, log = console.log }: { onlyStale?: boolean; log?: (line: string) => void } = {}) {
  for (const dir of listPlugins()) {
    const built = join(dir, ".medusa", "server")
    if (onlyStale && existsSync(built) && newestMtime(built) >= newestMtime(join(dir, "src"))) continue
    const started = Date.now()
    log(`building plugin ${dir.slice(repoRoot.length + 1)} …`)
    const result = spawnSync(join(repoRoot, "node_modules/.bin/medusa"), ["plugin:build"], { cwd: dir, stdio: "inherit" })
    if (result.status !== 0) throw new Error(`plugin build failed in ${dir}`)
    log(`built ${dir.slice(repoRoot.length + 1)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}
