// `npm run bench [-- --products 100000] [measurement …]`: starts the stack on a scaled catalogue
// (seeding it first if its database is missing, reusing it otherwise: see infra/src/seed-scale.ts),
// runs the measurements one after another, and writes bench/results/<date>.json and .md with
// each figure against its DESIGN.md budget. Not part of `npm test`: figures on a shared 2-core
// machine are for reading, not for failing a build.
import { parseArgs } from "node:util"
import { stopGroup, type Managed } from "../src/processes.ts"
import { openScaleDatabase, seedScale } from "../src/scale-database.ts"
import { freePort, publishableKey, startMedusa, startStorefront } from "../src/stack.ts"
import buildStorefront from "../src/testing/storefront-build.ts"
import { ok, type BenchContext } from "./context.ts"
import { medusaApi } from "../src/testing/medusa-api.ts"
import type { Figure } from "./figures.ts"
import { MEASUREMENTS } from "./measurements/index.ts"
import { loadAverage, writeReport } from "./report.ts"

const { values, positionals } = parseArgs({ allowPositionals: true, options: { products: { type: "string", default: "10000" } } })
const products = Number(values.products)
const unknown = positionals.filter((name) => !MEASUREMENTS.some((m) => m.name === name))
if (!Number.isInteger(products) || products < 1 || unknown.length) {
  console.error(`usage: npm run bench -- [--products N] [${MEASUREMENTS.map((m) => m.name).join(" | ")} …]`)
  if (unknown.length) console.error(`unknown measurement: ${unknown.join(", ")}`)
  process.exit(2)
}
const chosen = positionals.length ? MEASUREMENTS.filter((m) => positionals.includes(m.name)) : MEASUREMENTS
const stack = chosen.some((m) => m.stack === "shop") ? "shop" : chosen.some((m) => m.stack === "medusa") ? "medusa" : "none"
const log = (line: string) => console.log(`[bench] ${line}`)
const secrets = { bankWebhook: "bench-bank-webhook-secret-of-32-characters", vnpayHash: "bench-vnpay-hash-secret-of-32-characters" }
/**
 * `medusa start` runs with NODE_ENV=production, as a deployment does: it wants real secrets, a
 * VNPay merchant (the development simulator is off in production; creating a payment only
 * builds the signed pay URL, nothing leaves the machine) and a bank account for transfers.
 */
const productionEnv = {
  NODE_ENV: "production",
  JWT_SECRET: "bench-jwt-secret-of-at-least-32-characters",
  COOKIE_SECRET: "bench-cookie-secret-of-at-least-32-characters",
  SELLER_DATA_KEY: "bench-seller-data-key-of-at-least-32-characters",
  VNPAY_TMN_CODE: "BENCHTMN",
  VNPAY_HASH_SECRET: secrets.vnpayHash,
  BANK_TRANSFER_BIN: "970436",
  BANK_TRANSFER_ACCOUNT: "0011002233445",
  BANK_TRANSFER_HOLDER: "NONG SAN VIET BENCH",
  BANK_WEBHOOK_SECRET: secrets.bankWebhook,
}

const children: Managed[] = []
async function stopAll() {
  for (const child of children.reverse()) await stopGroup(child, 10_000)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stopAll().then(() => process.exit(130)))

async function startStack(): Promise<BenchContext> {
  const ctx: BenchContext = {
    products,
    medusaUrl: "",
    storefrontUrl: "",
    publishableKey: "",
    secrets,
    api: () => Promise.reject(new Error("no stack started")),
    regionId: "",
    log,
  }
  if (stack === "none") return ctx
  const db = await openScaleDatabase(products, log)
  if (db.postgres) children.push(db.postgres)
  await seedScale(db.dbUrl, products, log)
  if (stack === "shop") await buildStorefront()
  const [medusaPort, storefrontPort] = [await freePort(), await freePort()]
  log("starting Medusa (medusa start) …")
  const medusa = await startMedusa({
    databaseUrl: db.dbUrl,
    port: medusaPort,
    mode: "start",
    quiet: true,
    env: {
      ADMIN_DISABLED: "true",
      LOG_LEVEL: "error",
      STOREFRONT_URL: `http://localhost:${storefrontPort}`,
      ...productionEnv,
    },
    onSpawn: (m) => children.push(m),
  })
  ctx.medusaUrl = medusa.url
  ctx.publishableKey = (await publishableKey(db.dbUrl))!
  ctx.api = medusaApi(medusa.url, ctx.publishableKey)
  ctx.regionId = (await ok(ctx.api, "/store/regions")).regions[0].id
  if (stack === "shop") {
    log("starting the built storefront (node .output/server) …")
    const storefront = await startStorefront({
      port: storefrontPort,
      medusaUrl: medusa.url,
      publishableKey: ctx.publishableKey,
      mode: "preview",
      quiet: true,
      onSpawn: (s) => children.push(s),
    })
    ctx.storefrontUrl = storefront.url
  }
  return ctx
}

async function main() {
  const ctx = await startStack()
  const loadBefore = loadAverage()
  const figures: Figure[] = []
  const failed: Record<string, string> = {}
  for (const measurement of chosen) {
    log(`${measurement.name} …`)
    try {
      figures.push(...(await measurement.run(ctx)))
    } catch (error) {
      failed[measurement.name] = error instanceof Error ? error.message : String(error)
      log(`${measurement.name} failed: ${failed[measurement.name]}`)
    }
  }
  const report = writeReport(figures, { products, measurements: chosen.map((m) => m.name), failed, loadBefore })
  console.log(`\n${report.text}`)
  log(`written ${report.json} and ${report.md}`)
  return Object.keys(failed).length ? 1 : 0
}

main()
  .then(async (code) => {
    await stopAll()
    process.exit(code)
  })
  .catch(async (error) => {
    console.error(error)
    await stopAll()
    process.exit(1)
  })
