import { readdirSync } from "node:fs"
import { basename, join } from "node:path"
import { expect, it } from "vitest"
import { repoRoot } from "./paths.ts"

// Medusa records applied migrations by name in one table shared by every module: a second module
// with a migration of the same name is silently skipped, and its tables never appear.
it("gives every module migration, in the plugins and the backend, a name of its own", () => {
  const sources = [...readdirSync(join(repoRoot, "plugins")).map((plugin) => join(repoRoot, "plugins", plugin, "src")), join(repoRoot, "backend", "src")]
  const names = sources
    .flatMap((src) => readdirSync(src, { recursive: true, encoding: "utf8" }))
    .filter((path) => /^modules\/[^/]+\/migrations\/Migration\w+\.ts$/.test(path))
    .map((path) => basename(path, ".ts"))
  expect(names.length).toBeGreaterThan(5)
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
})
