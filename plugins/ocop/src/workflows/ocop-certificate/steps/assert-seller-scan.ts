import type { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ocopError } from "../../../lib/ocop-error"
import { SCAN_MIME_BY_EXTENSION, scanFolder } from "../../../lib/scans/scan-key"

export type ScanReference = { file_id: string; url: string; mime_type: string }

/**
 * A scan given to a certificate must be one its seller uploaded (POST
 * /seller/ocop-certificates/scans) and still stored, with the URL and type it was stored with:
 * nobody can point a certificate at another seller's scan or at a page elsewhere. Only reads.
 */
export const assertSellerScanStep = createStep(
  "assert-ocop-seller-scan",
  async (input: { seller_id: string; scan?: ScanReference | null }, { container }) => {
    const scan = input.scan
    if (!scan) return new StepResponse(null)
    const refuse = () => ocopError("INVALID_DATA", "Bản chụp chứng nhận không hợp lệ, hãy tải lên lại", "Invalid certificate scan: upload it again", "invalid_scan")
    const extension = scan.file_id.split(".").pop() ?? ""
    if (
      !scan.file_id.startsWith(scanFolder(input.seller_id)) ||
      scan.file_id.includes("..") ||
      SCAN_MIME_BY_EXTENSION[extension] !== scan.mime_type ||
      !scan.url.endsWith(`/${scan.file_id}`)
    ) {
      throw refuse()
    }
    await container
      .resolve<IFileModuleService>(Modules.FILE)
      .retrieveFile(scan.file_id)
      .catch(() => {
        throw refuse()
      })
    return new StepResponse(scan)
  }
)
