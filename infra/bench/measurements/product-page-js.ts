// JavaScript a phone downloads for a product page: every script and module preload the SSR
// HTML names, gzipped (level 6, what a web server or CDN sends by default), summed.
import { gzipSync } from "node:zlib"
import type { Measurement } from "../context.ts"
import { BUDGETS } from "../figures.ts"

export async function pageScripts(pageUrl: string): Promise<string[]> {
  const html = await (await fetch(pageUrl)).text()
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]+rel="modulepreload"/g),
  ].map((m) => new URL(m[1], pageUrl).toString())
  return [...new Set(srcs)]
}

export const productPageJs: Measurement = {
  name: "product-page-js",
  stack: "shop",
  async run(ctx) {
    const scripts = await pageScripts(`${ctx.storefrontUrl}/san-pham/scale-1`)
    let raw = 0
    let gzipped = 0
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(src)).arrayBuffer())
      raw += body.length
      gzipped += gzipSync(body, { level: 6 }).length
    }
    return [
      {
        name: "product page JavaScript",
        metric: "gzipped",
        value: Math.round(gzipped / 102.4) / 10,
        unit: "KB",
        budget: BUDGETS.productPageJsKb,
        note: `${scripts.length} files, ${Math.round(raw / 1024)} KB before gzip`,
      },
    ]
  },
}
