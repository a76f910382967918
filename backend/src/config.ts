/**
 * Pieces of medusa-config.ts that carry logic, kept here so they are unit-tested.
 */
import { existsSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"

/** The secrets Medusa falls back to in development; never acceptable in production. */
export const DEVELOPMENT_SECRET = "nongsan-development-secret"

type Env = Record<string, string | undefined>

/**
 * JWT_SECRET and COOKIE_SECRET sign sessions; SELLER_DATA_KEY encrypts sellers' national ID
 * numbers and markets' VNPay hash secrets at rest (each module derives its own key from it).
 */
export function productionSecrets(env: Env): { jwtSecret: string; cookieSecret: string; sellerDataKey: string } {
  const jwtSecret = env.JWT_SECRET || DEVELOPMENT_SECRET
  const cookieSecret = env.COOKIE_SECRET || DEVELOPMENT_SECRET
  const sellerDataKey = env.SELLER_DATA_KEY || DEVELOPMENT_SECRET
  if (env.NODE_ENV === "production") {
    const weak = [
      ["JWT_SECRET", jwtSecret],
      ["COOKIE_SECRET", cookieSecret],
      ["SELLER_DATA_KEY", sellerDataKey],
    ].filter(([, value]) => value === DEVELOPMENT_SECRET || value === "supersecret" || value.length < 32)
    if (weak.length) {
      throw new Error(
        `Refusing to start in production with default or short secrets: ${weak
          .map(([name]) => name)
          .join(", ")}. Set each to a random string of at least 32 characters.`
      )
    }
  }
  return { jwtSecret, cookieSecret, sellerDataKey }
}

/**
 * With REDIS_URL set, events, workflows, locks and cache move to Medusa's own Redis modules,
 * which is what lets several server and worker processes share one state.
 */
export function redisModules(redisUrl: string | undefined) {
  if (!redisUrl) return []
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
  ]
}

/**
 * The repository's `.data` folder (or NONGSAN_DATA_DIR), found from `from` upwards: Medusa runs
 * in backend/ during development and in backend/.medusa/server once built.
 */
export function dataDir(env: Env, from: string): string {
  if (env.NONGSAN_DATA_DIR) return env.NONGSAN_DATA_DIR
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json")
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).workspaces) return join(dir, ".data")
    if (dirname(dir) === dir) throw new Error(`No workspace root above ${from} to keep .data in; set NONGSAN_DATA_DIR.`)
  }
}

/** The URL path under which Medusa serves the local provider's files (src/api/middlewares.ts). */
export const UPLOADS_PATH = "/uploads"

export function uploadsDir(env: Env, from: string) {
  return join(dataDir(env, from), "uploads")
}

/** With S3_BUCKET set, files go to S3 (or an S3-compatible store at S3_ENDPOINT). */
export function usesS3(env: Env) {
  return Boolean(env.S3_BUCKET)
}

const S3_REQUIRED = ["S3_BUCKET", "S3_REGION", "S3_FILE_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const

/**
 * The File Module: the local provider writing to .data/uploads by default, S3 when configured.
 * Private files (such as product import CSVs) go to a folder that is never served.
 */
export function fileModule(env: Env, { backendUrl, cwd }: { backendUrl: string; cwd: string }) {
  if (usesS3(env)) {
    const missing = S3_REQUIRED.filter((name) => !env[name])
    if (missing.length) throw new Error(`S3_BUCKET is set but ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not.`)
    return {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-s3",
            id: "s3",
            options: {
              bucket: env.S3_BUCKET,
              region: env.S3_REGION,
              file_url: env.S3_FILE_URL,
              access_key_id: env.S3_ACCESS_KEY_ID,
              secret_access_key: env.S3_SECRET_ACCESS_KEY,
              ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
            },
          },
        ],
      },
    }
  }
  return {
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/file-local",
          id: "local",
          options: {
            upload_dir: uploadsDir(env, cwd),
            private_upload_dir: join(dataDir(env, cwd), "uploads-private"),
            backend_url: `${backendUrl.replace(/\/$/, "")}${UPLOADS_PATH}`,
          },
        },
      ],
    },
  }
}

/**
 * The Search Module (search/product.ts declares the index). Postgres is the embedded default:
 * Medusa's search-postgres provider with a Vietnamese text search configuration
 * (src/modules/search-postgres-vietnamese). With MEILISEARCH_HOST set the index lives in
 * Meilisearch instead (@nongsan/search-meilisearch): `medusa db:migrate` moves it there. Postgres
 * stays registered then, so the migration can still drop the index versions it holds.
 */
export function searchModule(env: Env) {
  const postgres = { resolve: "./src/modules/search-postgres-vietnamese", id: "postgres", options: { language: "vietnamese" } }
  if (!env.MEILISEARCH_HOST) return { resolve: "@medusajs/medusa/search", options: { providers: [postgres] } }
  const meilisearch = {
    resolve: "@nongsan/search-meilisearch/providers/meilisearch",
    id: "meilisearch",
    options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
  }
  // Providers are picked by their identifier: the Meilisearch provider's is "meilisearch".
  return { resolve: "@medusajs/medusa/search", options: { providers: [postgres, meilisearch], default_provider: "meilisearch" } }
}
