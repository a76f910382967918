import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import sharp from "sharp"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { run } from "../../../infra/src/processes.ts"
import { backendDir, childEnv } from "../../../infra/src/stack.ts"
import { startTestMedusa, type TestMedusa } from "../../../infra/src/testing/medusa.ts"

// The upload workflow end to end, in a real Medusa: the File Module's local provider as
// medusa-config.ts sets it up, files under NONGSAN_DATA_DIR/uploads, served by Medusa.
const dataDir = mkdtempSync(join(tmpdir(), "nongsan-photos-"))
const uploads = join(dataDir, "uploads", "photos")
let medusa: TestMedusa
let outcomes: {
  uploads: { result?: any; error?: { code: string; type: string; message: string } }[]
  failedLater: { error?: { message: string } }
}

beforeAll(async () => {
  medusa = await startTestMedusa({ NONGSAN_DATA_DIR: dataDir })
  const phone = join(dataDir, "IMG_20250612_071530.jpg")
  writeFileSync(
    phone,
    await sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 200, g: 30, b: 40 } } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "20/1 56/1 3000/100", GPSLongitudeRef: "E", GPSLongitude: "106/1 22/1 1500/100" } })
      .withMetadata({ orientation: 6 })
      .toBuffer()
  )
  const notes = join(dataDir, "gia-vai.jpg")
  writeFileSync(notes, "Giá vải thiều hôm nay: 25.000 ₫/kg\n")
  const output = join(dataDir, "outcomes.json")
  await run(join(backendDir, "../node_modules/.bin/medusa"), ["exec", join(import.meta.dirname, "scripts/upload-photos.ts"), output, phone, notes], {
    cwd: backendDir,
    env: childEnv({ DATABASE_URL: medusa.databaseUrl, MEDUSA_BACKEND_URL: medusa.url, NONGSAN_DATA_DIR: dataDir, LOG_LEVEL: "error" }),
    quiet: true,
  })
  outcomes = JSON.parse(readFileSync(output, "utf8"))
})
afterAll(async () => {
  await medusa?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe("uploadProductPhotoWorkflow in a running Medusa", () => {
  it("stores 320, 640 and 1280 px WebP variants under random names and answers the largest", () => {
    const { result } = outcomes.uploads[0]
    expect(result).toMatchObject({ width: 1500, height: 2000, url: result.variants[2].url })
    expect(result.variants.map((v: { width: number }) => v.width)).toEqual([320, 640, 1280])
    for (const variant of result.variants) {
      expect(variant.url.startsWith(`${medusa.url}/uploads/photos/`)).toBe(true)
      expect(variant.url).not.toContain("IMG_")
      expect(variant.url).toMatch(/-\d+\.webp$/)
    }
  })

  it("serves the stored files from Medusa: WebP, portrait, without EXIF, cached for good", async () => {
    for (const variant of outcomes.uploads[0].result.variants) {
      const res = await fetch(variant.url)
      expect(res.status).toBe(200)
      expect(res.headers.get("content-type")).toBe("image/webp")
      expect(res.headers.get("cache-control")).toContain("immutable")
      expect(res.headers.get("x-content-type-options")).toBe("nosniff")
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", variant.width, variant.height])
      expect(meta.exif).toBeUndefined()
    }
  })

  it("refuses a text file named .jpg with not_an_image, as invalid data", () => {
    expect(outcomes.uploads[1].error).toMatchObject({ code: "not_an_image", type: "invalid_data" })
    expect(outcomes.uploads[1].error!.message).toContain("The file is not an image")
  })

  it("deletes the stored variants when a later step of the calling workflow fails", () => {
    expect(outcomes.failedLater.error!.message).toContain("a later step failed")
    // Only the first upload's three files are left: neither the refusal nor the rollback left any.
    const left = readdirSync(uploads).sort()
    const kept = outcomes.uploads[0].result.variants.map((v: { url: string }) => v.url.split("/").pop()).sort()
    expect(left).toEqual(kept)
  })
})
