// Lighthouse on a product page with its default mobile settings (Moto G Power emulation,
// simulated slow 4G, 4× CPU slowdown), in Debian's Chromium (CHROME_PATH, /usr/bin/chromium).
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import type { Measurement } from "../context.ts"
import { BUDGETS } from "../figures.ts"

export const lighthouseMobile: Measurement = {
  name: "lighthouse",
  stack: "shop",
  async run(ctx) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    })
    try {
      const result = await lighthouse(`${ctx.storefrontUrl}/san-pham/scale-1`, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" })
      if (!result) throw new Error("Lighthouse returned no result")
      const { lhr } = result
      const audit = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0)
      return [
        {
          name: "Lighthouse mobile (product page)",
          metric: "performance",
          value: Math.round((lhr.categories.performance.score ?? 0) * 100),
          unit: "/100",
          budget: BUDGETS.lighthousePerformance,
          note: `FCP ${audit("first-contentful-paint")} ms, LCP ${audit("largest-contentful-paint")} ms, TBT ${audit("total-blocking-time")} ms, CLS ${(lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)}`,
        },
      ]
    } finally {
      chrome.kill()
    }
  },
}
