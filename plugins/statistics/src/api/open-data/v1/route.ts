import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DATASETS } from "../../../lib/open-data/datasets"
import { LICENCE, OPEN_DATA_HEADERS } from "../../../lib/open-data/licence"
import { OPEN_DATA_VERSION, openDataPath, SUPPRESSION } from "../../../lib/open-data/publish"

/**
 * GET /open-data/v1 — the catalogue. Open data lives outside /store so a plain link downloads
 * it: /store routes demand a publishable API key header that a browser link cannot send.
 */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.set(OPEN_DATA_HEADERS)
  res.json({
    version: OPEN_DATA_VERSION,
    licence: LICENCE,
    suppression: SUPPRESSION,
    datasets: DATASETS.map((d) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      json: openDataPath(`${d.id}.json`),
      csv: openDataPath(`${d.id}.csv`),
      schema: openDataPath(`${d.id}.schema.json`),
    })),
  })
}
