import { describe, expect, it } from "vitest"
import { DEVELOPMENT_SECRET, productionSecrets, redisModules } from "./config"

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
