import { readdirSync } from "node:fs"
import { basename, join } from "node:path"
import { expect, it } from "vitest"
import { repoRoot } from "./paths.ts"

// Medusa records applied migrations by name in one table shared by every module: a second module
// with a migration of the same name is silently skipped, and its tables never appear.
it("gives every module migration in the plugins a name of its own", () => {
  const names = readdirSync(join(repoRoot, "plugins"))
    .flatMap((plugin) => readdirSync(join(repoRoot, "plugins", plugin, "src"), { recursive: true, encoding: "utf8" }))
    .filter((path) => /^modules\/[^/]+\/migrations\/Migration\w+\.ts$/.test(path))
    .map((path) => basename(path, ".ts"))
  expect(names.length).toBeGreaterThan(5)
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([])
})
