import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { phonePhoto } from "./phone-photo"

describe("a demo product's phone photo", () => {
  it("is a portrait JPEG at the size asked, weighing like a photo, that says it is a drawing", async () => {
    const jpeg = await phonePhoto("lychee", "vai-thieu-thanh-ha", "small")
    const meta = await sharp(jpeg).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1536, 2048])
    expect(jpeg.length).toBeGreaterThan(500_000)
    expect(meta.exif?.toString("latin1")).toContain("drawn illustration, not a photograph")
  })

  it("is the same for the same product and differs from another product's", async () => {
    const [a, again, other] = await Promise.all([
      phonePhoto("honey", "mat-ong-bac-ha-dong-van", "small"),
      phonePhoto("honey", "mat-ong-bac-ha-dong-van", "small"),
      phonePhoto("honey", "mat-ong-hoa-vai-sa-ly", "small"),
    ])
    expect(a.equals(again)).toBe(true)
    expect(a.equals(other)).toBe(false)
  })
})
