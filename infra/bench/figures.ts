// What a measurement reports, and the budget each figure is held to.
import type { LoadResult } from "./load.ts"

/** A budget from DESIGN.md ("Budgets"): the figure must stay at or below max, or at or above min. */
export type Budget = { max?: number; min?: number }

export type Figure = {
  /** Which measurement and what of it, e.g. "search (ours)". */
  name: string
  metric: string
  value: number
  unit: string
  budget?: Budget
  note?: string
}

export type Verdict = "pass" | "FAIL" | ""

export function verdict(figure: Figure): Verdict {
  const { budget, value } = figure
  if (!budget) return ""
  if (budget.max !== undefined && value > budget.max) return "FAIL"
  if (budget.min !== undefined && value < budget.min) return "FAIL"
  return "pass"
}

/** The four figures of an HTTP load run; the budget (if any) applies to p95. */
export function loadFigures(name: string, r: LoadResult, p95Budget?: Budget): Figure[] {
  const failures = r.errors + r.non2xx
  const note = `${r.requests} requests${failures ? `, ${failures} failed (errors or non-2xx)` : ""}`
  return [
    { name, metric: "p50", value: r.p50, unit: "ms" },
    { name, metric: "p95", value: r.p95, unit: "ms", budget: p95Budget, note },
    { name, metric: "p99", value: r.p99, unit: "ms" },
    { name, metric: "throughput", value: Math.round(r.rps * 10) / 10, unit: "req/s" },
  ]
}

/** DESIGN.md "Budgets" on the 2-core machine. */
export const BUDGETS = {
  searchP95: { max: 25 },
  searchSpeedup: { min: 5 },
  catalogueApiP95: { max: 40 },
  ssrP95: { max: 150 },
  productPageJsKb: { max: 150 },
  lighthousePerformance: { min: 90 },
  paymentToScreenP95: { max: 300 },
  photoMs: { max: 400 },
} satisfies Record<string, Budget>
