/**
 * Pieces of medusa-config.ts that carry logic, kept here so they are unit-tested.
 */

/** The secrets Medusa falls back to in development; never acceptable in production. */
export const DEVELOPMENT_SECRET = "nongsan-development-secret"

type Env = Record<string, string | undefined>

/**
 * JWT_SECRET and COOKIE_SECRET sign sessions; SELLER_DATA_KEY encrypts sellers' national ID
 * numbers at rest.
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
