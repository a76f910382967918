import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { dataDir, DEVELOPMENT_SECRET, fileModule, productionSecrets, redisModules, searchModule, uploadsDir } from "./config"

describe("productionSecrets", () => {
  it("falls back to the development secret outside production", () => {
    expect(productionSecrets({ NODE_ENV: "development" })).toEqual({
      jwtSecret: DEVELOPMENT_SECRET,
      cookieSecret: DEVELOPMENT_SECRET,
      sellerDataKey: DEVELOPMENT_SECRET,
    })
  })

  it("refuses to run in production with missing, default or short secrets", () => {
    const strong = "x".repeat(40)
    expect(() => productionSecrets({ NODE_ENV: "production" })).toThrow(/JWT_SECRET, COOKIE_SECRET, SELLER_DATA_KEY/)
    expect(() =>
      productionSecrets({ NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: strong, SELLER_DATA_KEY: strong })
    ).toThrow(/secrets: JWT_SECRET\./)
    expect(() =>
      productionSecrets({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: "short", SELLER_DATA_KEY: strong })
    ).toThrow(/secrets: COOKIE_SECRET\./)
  })

  it("accepts strong secrets in production", () => {
    const env = { NODE_ENV: "production", JWT_SECRET: "j".repeat(32), COOKIE_SECRET: "c".repeat(48), SELLER_DATA_KEY: "k".repeat(32) }
    expect(productionSecrets(env)).toEqual({ jwtSecret: env.JWT_SECRET, cookieSecret: env.COOKIE_SECRET, sellerDataKey: env.SELLER_DATA_KEY })
  })
})

describe("redisModules", () => {
  it("adds nothing without REDIS_URL: Medusa's in-memory modules stay", () => {
    expect(redisModules(undefined)).toEqual([])
  })

  it("moves events, workflows, cache and locking to Redis", () => {
    const modules = redisModules("redis://localhost:6379")
    expect(modules.map((m) => m.resolve)).toEqual([
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/cache-redis",
      "@medusajs/medusa/locking",
    ])
    expect(JSON.stringify(modules)).not.toContain("undefined")
  })
})

describe("dataDir", () => {
  // A repository as deployed: the root declares the workspaces, the backend and its build do not.
  const root = mkdtempSync(join(tmpdir(), "nongsan-config-"))
  const built = join(root, "backend", ".medusa", "server")
  mkdirSync(built, { recursive: true })
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "nongsan", workspaces: ["backend"] }))
  writeFileSync(join(root, "backend", "package.json"), JSON.stringify({ name: "@nongsan/backend" }))
  writeFileSync(join(built, "package.json"), JSON.stringify({ name: "@nongsan/backend" }))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it("is .data at the workspace root, from the backend and from its build alike", () => {
    expect(dataDir({}, join(root, "backend"))).toBe(join(root, ".data"))
    expect(dataDir({}, built)).toBe(join(root, ".data"))
    expect(uploadsDir({}, built)).toBe(join(root, ".data", "uploads"))
  })

  it("follows NONGSAN_DATA_DIR", () => {
    expect(uploadsDir({ NONGSAN_DATA_DIR: "/srv/nongsan" }, built)).toBe("/srv/nongsan/uploads")
  })

  it("asks for NONGSAN_DATA_DIR outside a workspace", () => {
    expect(() => dataDir({}, tmpdir())).toThrow(/NONGSAN_DATA_DIR/)
  })
})

describe("fileModule", () => {
  const cwd = process.cwd()

  it("uses the local provider by default: .data/uploads, served by this backend under /uploads", () => {
    const module = fileModule({ NONGSAN_DATA_DIR: "/srv/nongsan" }, { backendUrl: "http://localhost:9000/", cwd })
    expect(module.resolve).toBe("@medusajs/medusa/file")
    expect(module.options.providers).toEqual([
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          upload_dir: "/srv/nongsan/uploads",
          private_upload_dir: "/srv/nongsan/uploads-private",
          backend_url: "http://localhost:9000/uploads",
        },
      },
    ])
  })

  it("uses S3 when S3_BUCKET is set", () => {
    const env = {
      S3_BUCKET: "nongsan-photos",
      S3_REGION: "ap-southeast-1",
      S3_FILE_URL: "https://cdn.nongsan.example",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_ENDPOINT: "https://s3.example",
    }
    const [provider] = fileModule(env, { backendUrl: "http://localhost:9000", cwd }).options.providers
    expect(provider).toEqual({
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: "nongsan-photos",
        region: "ap-southeast-1",
        file_url: "https://cdn.nongsan.example",
        access_key_id: "key",
        secret_access_key: "secret",
        endpoint: "https://s3.example",
      },
    })
  })

  it("names the S3 settings that are missing", () => {
    expect(() => fileModule({ S3_BUCKET: "b", S3_REGION: "r" }, { backendUrl: "", cwd })).toThrow(
      "S3_BUCKET is set but S3_FILE_URL, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are not."
    )
  })
})

describe("searchModule", () => {
  it("searches on Postgres with the Vietnamese configuration by default", () => {
    const { options } = searchModule({})
    expect(options).toEqual({
      providers: [{ resolve: "./src/modules/search-postgres-vietnamese", id: "postgres", options: { language: "vietnamese" } }],
    })
  })

  it("moves the index to Meilisearch when MEILISEARCH_HOST is set, keeping Postgres registered", () => {
    const { options } = searchModule({ MEILISEARCH_HOST: "http://meilisearch:7700", MEILISEARCH_API_KEY: "key" })
    expect(options).toMatchObject({ default_provider: "meilisearch" })
    expect(options.providers.map((p) => p.id)).toEqual(["postgres", "meilisearch"])
    expect(options.providers[1]!.options).toEqual({ host: "http://meilisearch:7700", apiKey: "key" })
  })
})
