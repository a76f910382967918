import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expect, it } from "vitest"
import { withClient } from "../../infra/src/database.ts"
import { seedDemo } from "../../infra/src/stack.ts"
import { createTestDatabase } from "../../infra/src/testing/medusa.ts"

// A database seeded before product images kept their variants: a rerun of the seed gives those
// demo products a photo with its variants, and leaves the others alone.
const HANDLES = ["vai-thieu-thanh-ha", "mat-ong-bac-ha-dong-van"]

it("re-photographs demo products whose images have no variants, and only those", async () => {
  const db = await createTestDatabase()
  const query = (sql: string, params: unknown[] = []) => withClient(db.databaseUrl, (c) => c.query(sql, params))
  try {
    const images = async () =>
      (await query(`select p.handle, i.url, i.metadata from image i join product p on p.id = i.product_id where i.deleted_at is null order by p.handle`))
        .rows as { handle: string; url: string; metadata: { variants?: { url: string; width: number }[] } | null }[]
    const seeded = await images()
    expect(seeded.every((i) => i.metadata?.variants?.map((v) => v.width).join() === "320,640,1280")).toBe(true)
    // What the old seed left: the photo's URL alone (raw SQL only to make that past state).
    await query(`update image set metadata = null where product_id in (select id from product where handle = any($1))`, [HANDLES])

    await seedDemo(db.databaseUrl, { quiet: true, env: { NONGSAN_DATA_DIR: mkdtempSync(join(tmpdir(), "nongsan-seed-")) } })

    const after = await images()
    expect(after.every((i) => i.metadata?.variants?.length === 3)).toBe(true)
    expect(after.filter((i) => !HANDLES.includes(i.handle))).toEqual(seeded.filter((i) => !HANDLES.includes(i.handle)))
    for (const handle of HANDLES) {
      const image = after.find((i) => i.handle === handle)!
      expect(image.url).not.toBe(seeded.find((i) => i.handle === handle)!.url)
      expect(image.metadata!.variants!.at(-1)!.url).toBe(image.url)
    }
  } finally {
    await db.drop()
  }
}, 600_000)
