import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { backendDir, childEnv } from "../../infra/src/stack.ts"

describe("production mode", () => {
  it("refuses to start Medusa with the default secrets", () => {
    const result = spawnSync(join(backendDir, "../node_modules/.bin/medusa"), ["start", "--port", "0"], {
      cwd: backendDir,
      env: childEnv({ NODE_ENV: "production", JWT_SECRET: "", COOKIE_SECRET: "", DATABASE_URL: "postgres://nobody@localhost:1/none" }),
      encoding: "utf8",
      timeout: 60_000,
    })
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toContain("Refusing to start in production with default or short secrets")
  })
})
