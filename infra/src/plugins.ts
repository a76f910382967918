import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { newestMtime } from "./files.ts"
import { repoRoot } from "./paths.ts"

const pluginsDir = join(repoRoot, "plugins")

/**
 * The plugin folders, each after the plugins it depends on (payment-vnpay and farmer-household
 * import cho-qr's built code, so cho-qr is built first).
 */
export function listPlugins(): string[] {
  const plugins = readdirSync(pluginsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(pluginsDir, e.name, "package.json")))
    .map((e) => {
      const dir = join(pluginsDir, e.name)
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
      return { dir, name: pkg.name as string, deps: Object.keys(pkg.dependencies ?? {}) }
    })
  const ordered: string[] = []
  const visit = (plugin: (typeof plugins)[number], path: string[] = []) => {
    if (ordered.includes(plugin.dir)) return
    if (path.includes(plugin.name)) throw new Error(`plugins depend on each other in a circle: ${[...path, plugin.name].join(" → ")}`)
    for (const dep of plugins.filter((p) => plugin.deps.includes(p.name))) visit(dep, [...path, plugin.name])
    ordered.push(plugin.dir)
  }
  for (const plugin of plugins) visit(plugin)
  return ordered
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
