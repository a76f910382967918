// Lighthouse on a product page with its default mobile settings (Moto G Power emulation,
// simulated slow 4G, 4× CPU slowdown), in Debian's Chromium (CHROME_PATH, /usr/bin/chromium).
// One run's score moves by ten points on a shared 2-core machine (the simulation scales the CPU
// time it observed), so the figure is the median of three runs, chosen as Lighthouse's own
// tooling chooses it (computeMedianRun: the run nearest the median FCP and TTI).
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { computeMedianRun } from "lighthouse/core/lib/median-run.js"
import type { Measurement } from "../context.ts"
import { BUDGETS } from "../figures.ts"

const RUNS = 3

export const lighthouseMobile: Measurement = {
  name: "lighthouse",
  stack: "shop",
  async run(ctx) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    })
    try {
      const runs = []
      for (let k = 0; k < RUNS; k++) {
        const result = await lighthouse(`${ctx.storefrontUrl}/san-pham/scale-1`, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" })
        if (!result) throw new Error("Lighthouse returned no result")
        runs.push(result.lhr)
      }
      const lhr = computeMedianRun(runs)
      const scores = runs.map((run) => Math.round((run.categories.performance.score ?? 0) * 100))
      const audit = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0)
      return [
        {
          name: "Lighthouse mobile (product page)",
          metric: "performance",
          value: Math.round((lhr.categories.performance.score ?? 0) * 100),
          unit: "/100",
          budget: BUDGETS.lighthousePerformance,
          note: `median of ${RUNS} runs (scores ${scores.join(", ")}); FCP ${audit("first-contentful-paint")} ms, LCP ${audit("largest-contentful-paint")} ms, TBT ${audit("total-blocking-time")} ms, CLS ${(lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)}`,
        },
      ]
    } finally {
      chrome.kill()
    }
  },
}
