// Every custom API route of the repository, found the way Medusa finds them: a route.ts under a
// plugin's src/api or the backend's, exporting a handler per HTTP method. A new route is in the
// bad-input sweep without anyone adding it.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { repoRoot } from "../src/paths.ts"

export type Route = { method: string; path: string; params: string[] }

export function discoverRoutes(): Route[] {
  const apiDirs = [join(repoRoot, "backend/src/api")]
  for (const plugin of readdirSync(join(repoRoot, "plugins"))) apiDirs.push(join(repoRoot, "plugins", plugin, "src/api"))
  const found: Route[] = []
  const walk = (apiDir: string, dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(apiDir, path)
      else if (entry.name === "route.ts") {
        const route = "/" + relative(apiDir, dir)
        const params = [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!)
        for (const [, method] of readFileSync(path, "utf8").matchAll(/export (?:async function|const) (GET|POST|DELETE|PUT|PATCH)\b/g))
          found.push({ method: method!, path: route, params })
      }
    }
  }
  for (const dir of apiDirs) if (existsSync(dir)) walk(dir, dir)
  return found.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`))
}
