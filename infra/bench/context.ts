// What every measurement gets: the running stack's addresses and a small JSON client.
import type { Figure } from "./figures.ts"

export type Api = (path: string, init?: { method?: string; json?: unknown; token?: string; headers?: Record<string, string> }) => Promise<{ status: number; body: any }>

export type BenchContext = {
  products: number
  medusaUrl: string
  /** Only when the measurement asked for the storefront. */
  storefrontUrl: string
  publishableKey: string
  /** Secrets the bench's Medusa runs with, so the bench can sign what banks and VNPay send. */
  secrets: { bankWebhook: string; vnpayHash: string }
  api: Api
  /** Store API query parameters every priced call needs (the VND region). */
  regionId: string
  log: (line: string) => void
}

export type Measurement = {
  name: string
  /** What it needs running: nothing, Medusa, or Medusa and the built storefront. */
  stack: "none" | "medusa" | "shop"
  run: (ctx: BenchContext) => Promise<Figure[]>
}

export function jsonClient(baseUrl: string, publishableKey: string): Api {
  return async (path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers }
    if (path.startsWith("/store")) headers["x-publishable-api-key"] = publishableKey
    if (init.token) headers.authorization = `Bearer ${init.token}`
    if (init.json !== undefined) headers["content-type"] = "application/json"
    const res = await fetch(`${baseUrl}${path}`, { method: init.method, headers, body: init.json !== undefined ? JSON.stringify(init.json) : undefined })
    const text = await res.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // Not JSON: keep the text.
    }
    return { status: res.status, body }
  }
}

/** Calls api and throws with the answer unless it is 2xx. */
export async function ok(api: Api, path: string, init?: Parameters<Api>[1]) {
  const res = await api(path, init)
  if (res.status < 200 || res.status > 299) throw new Error(`${init?.method ?? "GET"} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`)
  return res.body
}

/** A sample of scaled product handles spread over the catalogue (scale-0 … scale-N-1). */
export function sampleHandles(products: number, count = 200): string[] {
  return Array.from({ length: count }, (_, k) => `scale-${Math.floor((k * 7919) % products)}`)
}
