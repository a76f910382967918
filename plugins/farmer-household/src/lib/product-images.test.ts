import { describe, expect, it } from "vitest"
import { thumbnailUrl, toImageInputs } from "./product-images"

// As the local file provider names them: each its own time stamp.
const variant = (width: number, stamp: number) => ({
  id: `file_${width}`,
  url: `http://localhost:9000/static/photos/${stamp}-ab12-${width}.webp`,
  width,
  height: (width * 3) / 4,
})
const photo = { url: variant(1280, 7).url, variants: [variant(1280, 7), variant(320, 6), variant(640, 8)] }
const kept = [variant(320, 6), variant(640, 8), variant(1280, 7)].map(({ url, width, height }) => ({ url, width, height }))

describe("toImageInputs", () => {
  it("keeps an uploaded photo's variants in the image's metadata, narrowest first, without File Module ids", () => {
    expect(toImageInputs([photo])).toEqual([{ url: photo.url, metadata: { variants: kept } }])
  })

  it("gives a URL the variants its image already had, and an outside URL none", () => {
    const previous = [{ url: photo.url, metadata: { variants: kept } }]
    expect(toImageInputs(["https://example.com/vai.jpg", photo.url], previous)).toEqual([
      { url: "https://example.com/vai.jpg" },
      { url: photo.url, metadata: { variants: kept } },
    ])
    expect(toImageInputs([photo.url])).toEqual([{ url: photo.url }])
    expect(toImageInputs([{ url: photo.url, variants: [] }])).toEqual([{ url: photo.url }])
  })

  it("makes the first image's 640 px variant the thumbnail, or its URL when it has no variants", () => {
    expect(thumbnailUrl(toImageInputs([photo, "https://example.com/vai.jpg"]))).toBe(variant(640, 8).url)
    expect(thumbnailUrl(toImageInputs(["https://example.com/vai.jpg", photo]))).toBe("https://example.com/vai.jpg")
    expect(thumbnailUrl(toImageInputs([{ url: photo.url, variants: [variant(320, 6)] }]))).toBe(variant(320, 6).url)
    expect(thumbnailUrl([])).toBeNull()
  })
})
