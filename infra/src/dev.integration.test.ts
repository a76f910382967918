// The newcomer path, end to end: `npm run dev` on an empty data folder brings up the shop and
// Medusa Admin with demo data; Ctrl-C leaves no process and no port behind; a second start
// keeps the data.
import { spawn, type ChildProcess } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { connect } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { repoRoot } from "./paths.ts"
import { childEnv, freePort } from "./stack.ts"
import demo from "../../seed/data/demo.json" with { type: "json" }
import { demoData } from "./testing/demo-catalogue.ts"

// Under the repo's .data (not /tmp) so the `postgres` user can read the path on any machine.
const dataDir = mkdtempSync(join(repoRoot, ".data", "dev-test-"))
const ports = { medusa: await freePort(), storefront: await freePort(), pg: await freePort() }
let dev: ChildProcess | undefined

afterAll(() => {
  if (dev?.pid && dev.exitCode === null) process.kill(-dev.pid, "SIGKILL")
  rmSync(dataDir, { recursive: true, force: true })
})

function startDev(): Promise<{ output: () => string; seconds: number }> {
  const started = Date.now()
  let output = ""
  dev = spawn(process.execPath, [join(repoRoot, "infra/src/dev.ts")], {
    cwd: repoRoot,
    detached: true,
    env: childEnv({
      NONGSAN_DATA_DIR: dataDir,
      MEDUSA_PORT: String(ports.medusa),
      STOREFRONT_PORT: String(ports.storefront),
      NONGSAN_PG_PORT: String(ports.pg),
    }),
  })
  dev.stdout!.on("data", (c) => (output += c))
  dev.stderr!.on("data", (c) => (output += c))
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("Press Ctrl-C to stop everything.")) {
        clearInterval(timer)
        resolve({ output: () => output, seconds: (Date.now() - started) / 1000 })
      }
    }, 200)
    dev!.on("exit", (code) => {
      clearInterval(timer)
      reject(new Error(`npm run dev exited with ${code}:\n${output.slice(-3000)}`))
    })
  })
}

function waitForOutput(output: () => string, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = output().match(pattern)
      if (match) return clearInterval(timer), resolve(match)
      if (dev!.exitCode !== null) clearInterval(timer), reject(new Error(`npm run dev exited:\n${output().slice(-3000)}`))
    }, 200)
  })
}

/** Ctrl-C in a terminal: SIGINT to the foreground process group. */
async function pressCtrlC() {
  const exited = new Promise((resolve) => dev!.on("exit", resolve))
  process.kill(-dev!.pid!, "SIGINT")
  await exited
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1")
    socket.on("connect", () => (socket.destroy(), resolve(true)))
    socket.on("error", () => resolve(false))
  })
}

describe("npm run dev", () => {
  it("starts the shop and Medusa Admin with demo data, and stops everything on Ctrl-C", async () => {
    const { output, seconds } = await startDev()
    console.log(`[dev] first start (migrate, then the servers beside the seed) ready in ${seconds.toFixed(1)} s`)
    expect(output()).toContain(`http://localhost:${ports.storefront}`)
    expect(output()).toContain(`${demo.operator.email} / ${demo.operator.password}`)
    // The shop answers while the seed is still adding the catalogue.
    expect(output()).toContain("The demo seed is still adding farms and products")
    expect((await fetch(`http://localhost:${ports.storefront}/`)).status).toBe(200)
    const complete = await waitForOutput(output, /demo data complete \(([\d.]+) s\)/)
    console.log(`[dev] demo data complete ${complete[1]} s after the start`)

    // The home page lists the newest of the catalogue; the first seeded product is found by search.
    expect(await (await fetch(`http://localhost:${ports.storefront}/`)).text()).toContain(demoData.products.at(-1)!.title)
    const shop = await (await fetch(`http://localhost:${ports.storefront}/tim-kiem?q=${encodeURIComponent("vải thiều thanh hà")}`)).text()
    expect(shop).toContain("Vải thiều Thanh Hà")
    expect(shop).toContain("45.000\u00a0₫")
    expect((await fetch(`http://localhost:${ports.medusa}/app`)).status).toBe(200)
    const login = await fetch(`http://localhost:${ports.medusa}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(demo.operator),
    })
    expect(login.status).toBe(200)
    const { token } = await login.json()

    // Something to find again after a restart.
    const created = await fetch(`http://localhost:${ports.medusa}/admin/product-categories`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: "Nấm rừng", handle: "nam-rung", is_active: true }),
    })
    expect(created.status).toBe(200)

    await pressCtrlC()
    for (const port of Object.values(ports)) expect(await portOpen(port), `port ${port} still open`).toBe(false)
    // The first start seeds 150 products with photos: minutes on two busy cores.
  }, 600_000)

  it("starts again faster, with the data kept", async () => {
    const { output, seconds } = await startDev()
    console.log(`[dev] second start ready in ${seconds.toFixed(1)} s`)
    expect(output()).not.toContain("first run: seeding")
    const res = await fetch(`http://localhost:${ports.medusa}/store/product-categories?handle=nam-rung`, {
      headers: { "x-publishable-api-key": output().match(/publishable key (pk_\w+)/)![1] },
    })
    expect((await res.json()).product_categories).toHaveLength(1)
    await pressCtrlC()
    for (const port of Object.values(ports)) expect(await portOpen(port), `port ${port} still open`).toBe(false)
  })
})
