// Every custom route (store, seller, admin, hooks) gets hostile input: malformed JSON, wrong
// types, huge strings, negative and fractional amounts, unknown ids, SQL and script fragments.
// No answer may be a 5xx, every refusal is a 4xx with a message in Vietnamese, and a route whose answers were
// all refusals leaves the database as it found it.
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startTestMedusa, type TestMedusa } from "../src/testing/medusa.ts"
import { VIETNAMESE_LETTER } from "../../backend/src/lib/vietnamese-letters.ts"
import { caseReport } from "./report.ts"
import { discoverRoutes, type Route } from "./routes.ts"
import { checkout, demoSellerToken, HAI, sql } from "./shop.ts"

// 2,500 characters in every field: far past any field's limit, and the whole body still under
// the 100 kB that Medusa's body parser takes, so the routes' validators are what refuse it.
const HUGE = "Vải thiều ".repeat(250)
// In a URL, less: two parameters and a query of 2,500 encoded Vietnamese characters each pass the
// 16 kB of headers that Node itself answers 431 to, before any route sees them.
const LONG_ID = "Vải thiều ".repeat(60)
const SQL = "1' OR '1'='1'; DROP TABLE \"order\"; --"
const SCRIPT = "<script>alert('xss')</script>"
const UNKNOWN_ID = "prod_01JUNKNOWN0000000000000000"

/** Values for a path parameter: none of them names anything. */
const HOSTILE_PARAMS = [UNKNOWN_ID, SQL, SCRIPT, LONG_ID, "-1", "0.5"]

/** Bodies whose field names are the ones our routes use, with values no route may accept as is. */
const FIELDS = ["name", "title", "amount", "quantity", "price", "stock", "reason", "action", "status", "email", "phone", "note", "memo", "code", "product_id", "variants", "items", "harvest_date", "expires_at", "province", "commune", "kind", "number", "tracking_number", "description", "vendor_id", "stall_id", "label"]
const fill = (value: unknown) => Object.fromEntries(FIELDS.map((f) => [f, value]))
const HOSTILE_BODIES: { what: string; raw?: string; json?: unknown }[] = [
  { what: "malformed JSON", raw: '{"amount": 12000, "name": "Vải' },
  { what: "a JSON array", json: [1, 2, 3] },
  { what: "a JSON string", json: "Vải thiều" },
  { what: "an empty object", json: {} },
  { what: "wrong types", json: { ...fill({ nested: [true] }), amount: "mười nghìn", quantity: "hai", price: [1], stock: { a: 1 }, name: 42, title: false } },
  { what: "negative amounts", json: { ...fill("ok"), amount: -50000, quantity: -1, price: -1000, stock: -5 } },
  { what: "fractional amounts", json: { ...fill("ok"), amount: 12000.5, quantity: 1.5, price: 999.99, stock: 0.25 } },
  { what: "huge strings", json: fill(HUGE) },
  { what: "SQL fragments", json: fill(SQL) },
  { what: "script fragments", json: fill(SCRIPT) },
  { what: "unknown ids", json: { ...fill(UNKNOWN_ID), variants: [{ id: UNKNOWN_ID }], items: [{ variant_id: UNKNOWN_ID, quantity: 1 }] } },
]
const HOSTILE_QUERIES = [
  `limit=-1&offset=1.5&q=${encodeURIComponent(SQL)}`,
  `limit=abc&order=${encodeURIComponent(SCRIPT)}&fields=${encodeURIComponent("*secret,password_hash")}`,
  `q=${encodeURIComponent(LONG_ID)}&from=2026-13-45&to=yesterday&status[]=x`,
]

// Tables that a refused request may still write to by design: Medusa stores each workflow
// execution (failed ones too) for its own bookkeeping.
const BOOKKEEPING = new Set(["workflow_execution"])

describe("bad input to every custom route", () => {
  let medusa: TestMedusa
  const tokens: Record<string, string> = {}
  /** A real id for a path parameter where one is at hand: the body is then checked past the lookup. */
  const real: Record<string, string> = {}

  beforeAll(async () => {
    medusa = await startTestMedusa()
    tokens.seller = await demoSellerToken(medusa)
    tokens.admin = await medusa.adminToken()
    const group = await (await checkout(medusa)).placeOrder({ "VTTH-1KG": 1 }, { [HAI]: "Giao hàng tiêu chuẩn" })
    const products = (await medusa.api("/seller/products", { token: tokens.seller })).body.products
    const stalls = (await medusa.api("/seller/stalls", { token: tokens.seller })).body.stalls
    Object.assign(real, {
      "/seller/products/[id]": products[0].id,
      "/seller/orders/[id]": group.orders[0].id,
      "/seller/stalls/[id]": stalls[0].id,
      "/store/order-groups/[id]": group.id,
    })
  })
  afterAll(async () => {
    await medusa?.stop()
  })

  /** One request as a client would send it; a streaming answer (SSE) is read for its status only. */
  async function send(route: Route, path: string, body?: { raw?: string; json?: unknown }) {
    const headers: Record<string, string> = { "x-publishable-api-key": medusa.publishableKey }
    const area = route.path.split("/")[1]
    if (area === "seller" || area === "admin") headers.authorization = `Bearer ${tokens[area]}`
    if (body) headers["content-type"] = "application/json"
    const res = await fetch(`${medusa.url}${path}`, {
      method: route.method,
      headers,
      body: body ? (body.raw ?? JSON.stringify(body.json)) : undefined,
      signal: AbortSignal.timeout(60_000),
    }).catch((error: Error) => ({ error }))
    if ("error" in res) return { status: 0, body: `no answer: ${res.error.message} (${(res.error.cause as Error)?.message})` }
    if (res.headers.get("content-type")?.includes("text/event-stream")) {
      await res.body?.cancel()
      return { status: res.status, body: undefined }
    }
    const text = await res.text()
    try {
      return { status: res.status, body: JSON.parse(text) }
    } catch {
      return { status: res.status, body: text }
    }
  }

  /** A checksum of every table's rows, so that "unchanged" means unchanged, not "same counts". */
  async function snapshot(): Promise<Map<string, string>> {
    const tables = (
      await sql<{ name: string }>(medusa.databaseUrl, "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
    ).map((t) => t.name).filter((t) => !BOOKKEEPING.has(t))
    const rows = await sql<{ name: string; sum: string }>(
      medusa.databaseUrl,
      tables
        .map((t) => `SELECT ${pg.escapeLiteral(t)} AS name, count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS sum FROM ${pg.escapeIdentifier(t)} x`)
        .join(" UNION ALL ")
    )
    return new Map(rows.map((r) => [r.name, r.sum]))
  }

  it("answers no 5xx, refuses with a message and changes nothing when it refuses", async () => {
    const report = caseReport("bad input")
    const routes = discoverRoutes()
    const failures: string[] = []
    const changed: string[] = []
    let requests = 0
    let refused = 0
    let before = await snapshot()
    for (const route of routes) {
      const answers: { what: string; status: number; body: any }[] = []
      const paths = HOSTILE_PARAMS.map((value) => ({
        what: `param ${value.slice(0, 20)}`,
        path: route.path.replace(/\[(\w+)\]/g, () => encodeURIComponent(value)),
      }))
      if (route.params.length === 0) paths.splice(1)
      const own = real[route.path.replace(/(\[id\]).*$/, "$1")]
      // A real id only where the route is not a DELETE: hostile bodies should be refused by a
      // validator, not by an unknown id, but a DELETE has no body to refuse.
      if (own && route.params.length === 1 && route.method !== "DELETE") paths.push({ what: "own id", path: route.path.replace(/\[id\]/, own) })
      for (const { what, path } of paths) {
        if (route.method === "GET" || route.method === "DELETE") {
          for (const query of ["", ...HOSTILE_QUERIES]) answers.push({ what: `${what} ?${query.slice(0, 30)}`, ...(await send(route, query ? `${path}?${query}` : path)) })
        } else {
          for (const body of HOSTILE_BODIES) answers.push({ what: `${what} + ${body.what}`, ...(await send(route, path, body)) })
        }
      }
      requests += answers.length
      for (const a of answers) {
        const label = `${route.method} ${route.path} (${a.what})`
        if (a.status >= 500 || a.status === 0) failures.push(`${label}: ${a.status} ${JSON.stringify(a.body).slice(0, 200)}`)
        else if (a.status >= 400) {
          refused += 1
          const message = typeof a.body === "object" ? a.body?.message ?? a.body?.Message : undefined
          if (typeof message !== "string" || !message) failures.push(`${label}: ${a.status} without a message: ${JSON.stringify(a.body).slice(0, 200)}`)
          else if (!VIETNAMESE_LETTER.test(message)) failures.push(`${label}: ${a.status} not in Vietnamese: ${message.slice(0, 200)}`)
        }
      }
      const after = await snapshot()
      if (answers.every((a) => a.status >= 400)) {
        const diff = [...after].filter(([t, sum]) => before.get(t) !== sum).map(([t]) => t)
        if (diff.length) changed.push(`${route.method} ${route.path} refused everything but changed ${diff.join(", ")}`)
      }
      before = after
    }
    report.tried(`${routes.length} route handlers, ${requests} hostile requests (malformed JSON, wrong types, huge strings, negative and fractional amounts, unknown ids, SQL, script)`)
    expect(failures).toEqual([])
    expect(changed).toEqual([])
    report.held(`no 5xx; ${refused} refusals, each a 4xx with a Vietnamese message; no table changed by a route that refused everything`)
  })
})
