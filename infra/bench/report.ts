// The bench's results: bench/results/<date>.json and .md, and the table printed.
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { availableParallelism, cpus, loadavg } from "node:os"
import { repoRoot } from "../src/paths.ts"
import { verdict, type Figure } from "./figures.ts"

const budgetText = (f: Figure) =>
  f.budget ? [f.budget.max !== undefined ? `≤ ${f.budget.max}` : "", f.budget.min !== undefined ? `≥ ${f.budget.min}` : ""].join("").trim() + ` ${f.unit}` : ""

export function markdownTable(figures: Figure[]): string {
  const rows = figures.map((f) => `| ${f.name} | ${f.metric} | ${f.value} ${f.unit} | ${budgetText(f)} | ${verdict(f)} | ${f.note ?? ""} |`)
  return ["| what | metric | value | budget | pass/fail | note |", "| --- | --- | --- | --- | --- | --- |", ...rows].join("\n")
}

/** The 1, 5 and 15 minute load averages, to one decimal: figures on a shared machine need them beside. */
export const loadAverage = () => loadavg().map((l) => Math.round(l * 10) / 10)

export function writeReport(figures: Figure[], meta: { products: number; measurements: string[]; failed: Record<string, string>; loadBefore: number[] }) {
  const dir = join(repoRoot, "bench", "results")
  mkdirSync(dir, { recursive: true })
  const stamp = new Date().toISOString().replace(/:/g, "-").replace(/\..*/, "Z")
  const machine = { cpus: availableParallelism(), cpu: cpus()[0]?.model, loadavg_before: meta.loadBefore, loadavg_after: loadAverage() }
  const json = { date: new Date().toISOString(), ...meta, machine, figures: figures.map((f) => ({ ...f, verdict: verdict(f) })) }
  writeFileSync(join(dir, `${stamp}.json`), JSON.stringify(json, null, 2) + "\n")
  const failures = Object.entries(meta.failed).map(([name, error]) => `- ${name}: did not finish: ${error}`)
  const md = [
    `# nongsan bench, ${json.date}`,
    "",
    `${meta.products} scaled products; ${machine.cpus} CPUs (${machine.cpu}); load average before the measurements ${machine.loadavg_before.join(" ")}, after ${machine.loadavg_after.join(" ")}.`,
    "",
    markdownTable(figures),
    ...(failures.length ? ["", ...failures] : []),
    "",
  ].join("\n")
  writeFileSync(join(dir, `${stamp}.md`), md)
  return { json: join(dir, `${stamp}.json`), md: join(dir, `${stamp}.md`), text: md }
}
