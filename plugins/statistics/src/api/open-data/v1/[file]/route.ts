import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findDataset } from "../../../../lib/open-data/datasets"
import { OPEN_DATA_HEADERS } from "../../../../lib/open-data/licence"
import { datasetCsv, datasetJson, datasetSchema } from "../../../../lib/open-data/publish"
import { provinceFigures } from "../../../../lib/province-figures"

const FILE = /^([a-z-]+)\.(json|csv|schema\.json)$/

/** GET /open-data/v1/<dataset>.json | .csv | .schema.json — one dataset, anyone may fetch it. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const [, id, format] = FILE.exec(req.params.file ?? "") ?? []
  const dataset = id ? findDataset(id) : undefined
  if (!dataset || !format) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có bộ dữ liệu “${req.params.file}” / No dataset “${req.params.file}”`)
  }
  res.set(OPEN_DATA_HEADERS)
  if (format === "schema.json") {
    res.type("application/schema+json").send(JSON.stringify(datasetSchema(dataset)))
    return
  }
  const figures = await provinceFigures(req.scope)
  if (format === "json") {
    res.json(datasetJson(dataset, figures))
    return
  }
  res.set({ "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="nongsan-${dataset.id}-${figures.today}.csv"` })
  res.send(datasetCsv(dataset, figures))
}
