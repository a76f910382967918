import { describe, expect, it } from "vitest"
import { productImageSrcset, variantsSrcset } from "./photo-variants"

// As the local file provider names them: a time stamp each, a millisecond apart.
const variants = [
  { url: "http://localhost:9000/static/photos/1795516123236-ab12-320.webp", width: 320, height: 240 },
  { url: "http://localhost:9000/static/photos/1795516123236-ab12-640.webp", width: 640, height: 480 },
  { url: "http://localhost:9000/static/photos/1795516123237-ab12-1280.webp", width: 1280, height: 960 },
]

describe("variantsSrcset", () => {
  it("lists each variant by its own URL, whatever the file provider named it", () => {
    expect(variantsSrcset(variants)).toBe(
      "http://localhost:9000/static/photos/1795516123236-ab12-320.webp 320w, http://localhost:9000/static/photos/1795516123236-ab12-640.webp 640w, http://localhost:9000/static/photos/1795516123237-ab12-1280.webp 1280w"
    )
    expect(variantsSrcset([])).toBeUndefined()
  })
})

describe("productImageSrcset", () => {
  it("takes the variants kept in the image's metadata, not names derived from its URL", () => {
    const image = { url: variants[2]!.url, metadata: { variants } }
    expect(productImageSrcset(image)).toBe(variantsSrcset(variants))
    expect(productImageSrcset(image)).not.toContain("1795516123237-ab12-640.webp")
  })

  it("gives no srcset for an image without variants (an outside URL, a photo saved before)", () => {
    expect(productImageSrcset({ metadata: null })).toBeUndefined()
    expect(productImageSrcset({})).toBeUndefined()
    expect(productImageSrcset({ metadata: { variants: [] } })).toBeUndefined()
    expect(productImageSrcset({ metadata: { variants: "a-640.webp" } })).toBeUndefined()
  })

  it("skips entries that are not variants", () => {
    const image = { metadata: { variants: [variants[0], { url: 5, width: 640 }, { url: "x.webp" }, null] } }
    expect(productImageSrcset(image)).toBe(`${variants[0]!.url} 320w`)
  })
})
