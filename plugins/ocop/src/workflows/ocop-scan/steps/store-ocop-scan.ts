import { randomUUID } from "node:crypto"
import type { IFileModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { scanFolder } from "../../../lib/scans/scan-key"

export type StoredOcopScan = { file_id: string; url: string; mime_type: string; size: number }

/** Stores a scan through the File Module in its seller's folder; compensation deletes it. */
export const storeOcopScanStep = createStep(
  "store-ocop-scan",
  async (input: { seller_id: string; content: string; mime_type: string; extension: string }, { container }) => {
    const files: IFileModuleService = container.resolve(Modules.FILE)
    const file = await files.createFiles({
      filename: `${scanFolder(input.seller_id)}${randomUUID()}.${input.extension}`,
      mimeType: input.mime_type,
      content: input.content,
      access: "public",
    })
    const scan: StoredOcopScan = { file_id: file.id, url: file.url, mime_type: input.mime_type, size: Buffer.byteLength(input.content, "base64") }
    return new StepResponse(scan, file.id)
  },
  async (fileId, { container }) => {
    if (!fileId) return
    await container.resolve<IFileModuleService>(Modules.FILE).deleteFiles(fileId)
  }
)
