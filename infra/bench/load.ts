// One HTTP load run with autocannon, answering the figures DESIGN.md's budgets speak of.
// autocannon's own histogram reports p50, p97.5 and p99 but no p95, so every response time is
// also kept here (a run is at most a few thousand requests) and the percentiles are read from it.
import autocannon from "autocannon"
import { percentile } from "./stats.ts"

export type LoadResult = { requests: number; p50: number; p95: number; p99: number; rps: number; errors: number; non2xx: number }

export type LoadOptions = {
  url: string
  /** Paths (or full requests) taken in turn, so a run does not hammer one cached row. */
  requests: Array<{ path: string; method?: "GET" | "POST"; body?: string; headers?: Record<string, string> }>
  headers?: Record<string, string>
  connections?: number
  /** Seconds; or stop after `amount` requests. */
  duration?: number
  amount?: number
  /**
   * Sends each request once, one at a time, before measuring (default): a freshly started
   * Medusa answers its first requests in seconds, longer than a whole run. Off for requests
   * that change something (IPNs, cart completions).
   */
  warmup?: boolean
}

export async function load(opts: LoadOptions): Promise<LoadResult> {
  if (opts.warmup !== false) {
    for (const r of opts.requests) {
      await fetch(`${opts.url}${r.path}`, { method: r.method, body: r.body, headers: { ...opts.headers, ...r.headers }, signal: AbortSignal.timeout(60_000) })
    }
  }
  const times: number[] = []
  let next = 0
  const options: autocannon.Options = {
    url: opts.url,
    // Two connections on two cores: a shop's latency under steady use, not a saturation test
    // (with eight, requests queued past autocannon's timeout on the shared machine).
    connections: opts.connections ?? 2,
    timeout: 30,
    // autocannon refuses a duration key set to undefined: give one of the two.
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? 10 }),
    headers: opts.headers,
    requests: [
      {
        setupRequest: (req) => {
          const r = opts.requests[next++ % opts.requests.length]
          return { ...req, path: r.path, method: r.method ?? "GET", body: r.body, headers: { ...req.headers, ...r.headers } }
        },
      },
    ],
  }
  // With a callback autocannon returns the running instance, whose "response" events we need.
  let instance!: autocannon.Instance
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
  })
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  const result = await finished
  // A run where nothing succeeded measured nothing: say so rather than report 0 ms.
  if (!result["2xx"]) throw new Error(`no request succeeded (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers)`)
  times.sort((a, b) => a - b)
  return {
    requests: result.requests.total,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.total / (result.duration || 1),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
