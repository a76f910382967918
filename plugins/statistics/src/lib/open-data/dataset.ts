import type { Figures } from "../figures/compute-figures"

export type Column = {
  name: string
  type: "string" | "integer" | "number"
  vi: string
  en: string
  /** Null when the cell was suppressed (fewer than 5): written "<5" in the CSV. */
  suppressible?: boolean
  /** Null for another reason, said in the description: written empty in the CSV. */
  nullable?: boolean
}

export type Row = Record<string, string | number | null>

/** One open dataset: its columns (the schema) and how its rows come from the figures. */
export type Dataset = {
  id: string
  title: { vi: string; en: string }
  description: { vi: string; en: string }
  columns: Column[]
  rows: (figures: Figures) => Row[]
}
