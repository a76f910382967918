import sharp from "sharp"
import { productIllustrationSvg, type IllustrationKind } from "./product-illustration"
import { seededRandom } from "./seeded-random"

/**
 * Photo sizes for the demo pictures, portrait as a phone holds them: `small` is an older 3 MP
 * phone (1536 × 2048), the default, which `npm run dev` and the test template seed to stay fast;
 * `full` is a 12 MP camera (4:3, 3000 × 4000), for NONGSAN_DEMO_PHOTOS=full.
 */
export const PHOTO_SIZES = {
  full: { width: 3000, height: 4000 },
  small: { width: 1536, height: 2048 },
} as const
export type PhotoSize = keyof typeof PHOTO_SIZES

const GRAIN_TILE = 256

/**
 * Sensor-like grain: a tile of grey noise from a seeded PRNG, laid over the whole picture. It is
 * what makes the JPEG weigh and decode like a photo (2–3 MB at 12 MP) rather than like a flat
 * drawing (200 KB). sharp's own noise generator is neither deterministic nor fast at 12 MP.
 */
function grainTile(seed: string): Buffer {
  const r = seededRandom(`grain:${seed}`)
  const tile = Buffer.alloc(GRAIN_TILE * GRAIN_TILE * 3)
  for (let i = 0; i < tile.length; i += 3) {
    // The sum of three uniforms: close enough to Gaussian for grain, centred on mid-grey.
    const n = Math.round(128 + (r.next() + r.next() + r.next() - 1.5) * 28)
    tile[i] = tile[i + 1] = tile[i + 2] = n
  }
  return tile
}

/**
 * A product's drawn picture as a phone would hand it over: a JPEG at camera size, with grain,
 * and EXIF that says what it is. The same kind, seed and size always give the same bytes.
 */
export async function phonePhoto(kind: IllustrationKind, seed: string, size: PhotoSize): Promise<Buffer> {
  const { width, height } = PHOTO_SIZES[size]
  const svg = Buffer.from(productIllustrationSvg(kind, seed, width, height))
  return sharp(svg)
    .composite([{ input: grainTile(seed), raw: { width: GRAIN_TILE, height: GRAIN_TILE, channels: 3 }, tile: true, blend: "overlay" }])
    .jpeg({ quality: 88 })
    .withExif({ IFD0: { ImageDescription: "nongsan demo: drawn illustration, not a photograph", Software: "nongsan seed-demo" } })
    .toBuffer()
}
