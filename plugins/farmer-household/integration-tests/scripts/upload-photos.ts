// Run by photos.test.ts through `medusa exec`: it composes the workflow into one that fails
// afterwards, which no route can do, to prove the compensation. (POST /seller/photos is tested
// over HTTP in seller-photos.test.ts.) Args: the JSON file to write the outcomes to, then the
// photos to upload.
import { readFileSync, writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { createStep, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { uploadProductPhotoWorkflow } from "@nongsan/farmer-household/workflows"

// A later step failing, as one after the upload in a "create product" workflow might: the
// stored variants must be compensated (deleted).
const failAfterUpload = createStep("test-fail-after-photo-upload", async () => {
  throw new Error("a later step failed")
})
const uploadThenFail = createWorkflow("test-upload-photo-then-fail", (input: { content: string }) => {
  uploadProductPhotoWorkflow.runAsStep({ input })
  failAfterUpload()
})

const outcome = (run: Promise<{ result: unknown }>) =>
  run.then(
    ({ result }) => ({ result }),
    (error: { code?: string; type?: string; message: string }) => ({ error: { code: error.code, type: error.type, message: error.message } })
  )

export default async function uploadPhotos({ container, args: [output, ...photos] }: ExecArgs) {
  const uploads = []
  for (const photo of photos) {
    const content = readFileSync(photo).toString("base64")
    uploads.push(await outcome(uploadProductPhotoWorkflow(container).run({ input: { content } })))
  }
  const content = readFileSync(photos[0]).toString("base64")
  const failedLater = await outcome(uploadThenFail(container).run({ input: { content } }))
  writeFileSync(output, JSON.stringify({ uploads, failedLater }))
}
