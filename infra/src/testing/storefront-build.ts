// vitest global setup for browser suites: builds the storefront (`nuxt build`) unless the build
// is newer than every source file, so the browser tests run against what production would serve.
import { existsSync, statSync } from "node:fs"
import { join } from "node:path"
import { newestMtime } from "../files.ts"
import { run } from "../processes.ts"
import { childEnv, storefrontDir } from "../stack.ts"

export default async function setup() {
  const output = join(storefrontDir, ".output", "server", "index.mjs")
  const sources = Math.max(
    ...["app", "i18n", "server", "nuxt.config.ts", "package.json"].map((p) => newestMtime(join(storefrontDir, p)))
  )
  if (existsSync(output) && statSync(output).mtimeMs >= sources) return
  const started = Date.now()
  console.log("[test] building the storefront (nuxt build) …")
  await run(join(storefrontDir, "..", "node_modules", ".bin", "nuxt"), ["build"], {
    cwd: storefrontDir,
    env: childEnv({ NODE_ENV: "production" }),
    stdio: ["ignore", "ignore", "inherit"],
  })
  console.log(`[test] storefront built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
