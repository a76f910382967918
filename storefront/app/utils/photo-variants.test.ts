import { describe, expect, it } from "vitest"
import { photoSrcset, variantsSrcset } from "./photo-variants"

describe("photoSrcset", () => {
  it("lists the 320, 640 and 1280 px variants of an uploaded photo", () => {
    expect(photoSrcset("http://localhost:9000/uploads/photos/ab12-1280.webp")).toBe(
      "http://localhost:9000/uploads/photos/ab12-320.webp 320w, http://localhost:9000/uploads/photos/ab12-640.webp 640w, http://localhost:9000/uploads/photos/ab12-1280.webp 1280w"
    )
  })

  it("leaves other images alone", () => {
    expect(photoSrcset("https://example.com/vai.jpg")).toBeUndefined()
    expect(photoSrcset("https://example.com/vai-800.webp")).toBeUndefined()
    expect(photoSrcset(null)).toBeUndefined()
  })
})

describe("variantsSrcset", () => {
  it("lists each variant by its own URL, whatever the file provider named it", () => {
    const variants = [
      { url: "http://localhost:9000/static/photos/1795516123236-ab12-320.webp", width: 320 },
      { url: "http://localhost:9000/static/photos/1795516123237-ab12-640.webp", width: 640 },
    ]
    expect(variantsSrcset(variants)).toBe(
      "http://localhost:9000/static/photos/1795516123236-ab12-320.webp 320w, http://localhost:9000/static/photos/1795516123237-ab12-640.webp 640w"
    )
    expect(variantsSrcset([])).toBeUndefined()
  })
})
