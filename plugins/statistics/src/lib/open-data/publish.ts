import { stringify } from "csv-stringify/sync"
import type { Figures } from "../figures/compute-figures"
import { countedMonths } from "../figures/counted-months"
import type { Dataset, Row } from "./dataset"
import { LICENCE } from "./licence"
import { SMALL_COUNT } from "./suppression"

/** The version in the URLs (/open-data/v1/…): a change that breaks a column gets a new one. */
export const OPEN_DATA_VERSION = "v1"
export const openDataPath = (file: string) => `/open-data/${OPEN_DATA_VERSION}/${file}`

export const SUPPRESSION = {
  threshold: SMALL_COUNT,
  vi: `Ô đếm từ 1 đến ${SMALL_COUNT - 1} (người bán, đơn hàng, quầy nhận tiền) được ẩn: null trong JSON, "<${SMALL_COUNT}" trong CSV; doanh số theo tỉnh đi của dưới ${SMALL_COUNT} người bán cũng vậy, vì đó là doanh thu của từng nhà vườn. Khi tổng của một nhóm có thể suy ra từ dữ liệu khác, một ô nhỏ nhất khác cũng được ẩn để không tính ngược được.`,
  en: `Cells counting 1 to ${SMALL_COUNT - 1} (sellers, orders, stalls paid) are suppressed: null in JSON, "<${SMALL_COUNT}" in CSV; so are sales by origin from fewer than ${SMALL_COUNT} sellers, being single farms' takings. Where a group's total can be worked out elsewhere, the next smallest cell is suppressed too, so none can be found by subtraction.`,
}

/** A dataset as published in JSON: the rows with their schema, the licence and the suppression rule. */
export function datasetJson(dataset: Dataset, figures: Figures) {
  return {
    dataset: dataset.id,
    version: OPEN_DATA_VERSION,
    title: dataset.title,
    description: dataset.description,
    generated_on: figures.today,
    // The months that monthly rows cover (the last 12, Vietnam time), empty months included.
    months: countedMonths(figures.today),
    licence: LICENCE,
    suppression: SUPPRESSION,
    schema: openDataPath(`${dataset.id}.schema.json`),
    csv: openDataPath(`${dataset.id}.csv`),
    columns: dataset.columns,
    rows: publishedRows(dataset, figures),
  }
}

/**
 * The rows as published: only the declared columns, so a field the figures carry for the
 * operator or for suppression (e.g. how many sellers an orders cell rests on) never leaks out.
 */
const publishedRows = (dataset: Dataset, figures: Figures): Row[] =>
  dataset.rows(figures).map((row) => Object.fromEntries(dataset.columns.map((c) => [c.name, row[c.name] ?? null])))

/** A cell as written in the CSV: suppressed cells say so, other empty cells are empty. */
const csvCell = (row: Row, column: Dataset["columns"][number]) => row[column.name] ?? (column.suppressible ? `<${SMALL_COUNT}` : "")

/** The same rows as CSV: UTF-8 with a BOM so Excel shows the Vietnamese, a header of column names. */
export function datasetCsv(dataset: Dataset, figures: Figures): string {
  const rows = publishedRows(dataset, figures).map((row) => dataset.columns.map((c) => csvCell(row, c)))
  return stringify([dataset.columns.map((c) => c.name), ...rows], { bom: true, record_delimiter: "windows" })
}

const JSON_TYPES = { string: "string", integer: "integer", number: "number" } as const

/** A JSON Schema (2020-12) for a dataset's JSON document, its columns described in both languages. */
export function datasetSchema(dataset: Dataset) {
  const properties = Object.fromEntries(
    dataset.columns.map((c) => [
      c.name,
      {
        type: c.suppressible || c.nullable ? [JSON_TYPES[c.type], "null"] : JSON_TYPES[c.type],
        description: `${c.vi} / ${c.en}${c.suppressible ? ` (null = ẩn vì nhỏ hơn ${SMALL_COUNT} / suppressed, fewer than ${SMALL_COUNT})` : ""}`,
      },
    ]),
  )
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: openDataPath(`${dataset.id}.schema.json`),
    title: `${dataset.title.vi} / ${dataset.title.en}`,
    description: `${dataset.description.vi} / ${dataset.description.en} Licence: ${LICENCE.name} (${LICENCE.url}). ${SUPPRESSION.en}`,
    type: "object",
    required: ["dataset", "version", "licence", "columns", "rows"],
    properties: {
      dataset: { const: dataset.id },
      version: { const: OPEN_DATA_VERSION },
      licence: { type: "object" },
      rows: {
        type: "array",
        items: { type: "object", required: dataset.columns.map((c) => c.name), additionalProperties: false, properties },
      },
    },
  }
}
