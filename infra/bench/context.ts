// What every measurement gets: the running stack's addresses and a small JSON client.
import type { MedusaApi } from "../src/testing/medusa-api.ts"
import type { Figure } from "./figures.ts"

export type BenchContext = {
  products: number
  medusaUrl: string
  /** Only when the measurement asked for the storefront. */
  storefrontUrl: string
  publishableKey: string
  /** Secrets the bench's Medusa runs with, so the bench can sign what banks and VNPay send. */
  secrets: { bankWebhook: string; vnpayHash: string }
  api: MedusaApi
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

/** Calls api and throws with the answer unless it is 2xx. */
export async function ok(api: MedusaApi, path: string, init?: Parameters<MedusaApi>[1]) {
  const res = await api(path, init)
  if (res.status < 200 || res.status > 299) throw new Error(`${init?.method ?? "GET"} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`)
  return res.body
}

/** A sample of scaled product handles spread over the catalogue (scale-0 … scale-N-1). */
export function sampleHandles(products: number, count = 200): string[] {
  return Array.from({ length: count }, (_, k) => `scale-${Math.floor((k * 7919) % products)}`)
}
