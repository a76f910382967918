import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { repoRoot } from "./paths.ts"

// There is no Docker engine on the development machines: this checks the file's shape instead.
const compose = parse(readFileSync(join(repoRoot, "docker-compose.yml"), "utf8"), { merge: true })

describe("docker-compose.yml", () => {
  it("has every service of the scale-out shape, each with a health check", () => {
    for (const name of ["postgres", "redis", "meilisearch", "backend", "worker", "storefront"]) {
      expect(compose.services[name], name).toBeDefined()
      expect(compose.services[name].healthcheck?.test, `${name} health check`).toBeDefined()
    }
  })

  it("runs Medusa as a server and as a worker on the shared services", () => {
    const { backend, worker } = compose.services
    expect(backend.environment.MEDUSA_WORKER_MODE).toBe("server")
    expect(worker.environment.MEDUSA_WORKER_MODE).toBe("worker")
    for (const service of [backend, worker]) {
      expect(service.environment.DATABASE_URL).toMatch(/@postgres:5432\//)
      expect(service.environment.REDIS_URL).toBe("redis://redis:6379")
      expect(service.environment.MEILISEARCH_HOST).toBe("http://meilisearch:7700")
      expect(service.environment.NODE_ENV).toBe("production")
      expect(service.environment.JWT_SECRET).toMatch(/\$\{JWT_SECRET:\?/)
      expect(service.depends_on.migrate.condition).toBe("service_completed_successfully")
    }
  })

  it("keeps data in named volumes", () => {
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(["postgres", "redis", "meilisearch", "uploads"]))
    expect(compose.services.postgres.volumes.join()).toContain("postgres:/var/lib/postgresql/data")
    // The local file provider writes to .data/uploads at the workspace root (/app in the image).
    for (const name of ["backend", "worker"]) expect(compose.services[name].volumes).toContain("uploads:/app/.data/uploads")
  })

  it("points the storefront at the backend service and needs the publishable key", () => {
    const env = compose.services.storefront.environment
    expect(env.NUXT_MEDUSA_URL).toBe("http://backend:9000")
    expect(env.NUXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY).toMatch(/MEDUSA_PUBLISHABLE_KEY:\?/)
  })
})
