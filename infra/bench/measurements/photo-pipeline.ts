// The photo budget of DESIGN.md: a 12 MP phone JPEG to all its WebP variants on the 2-core
// machine. Measures processPhoto as the backend runs it, from the built plugin (`npm install`
// builds it; after changing it, `npm run build:plugins`). CPU time is reported beside wall time:
// on a shared machine the wall time also measures the neighbours, the CPU time only our work.
import sharp, { type Create } from "sharp"
import { processPhoto } from "@nongsan/farmer-household/lib/photos/process-photo"
import type { Measurement } from "../context.ts"
import { BUDGETS } from "../figures.ts"
import { percentile } from "../stats.ts"

const RUNS = 20

/**
 * A stand-in for a phone photo of an orchard: detail at every scale, strongest in the large
 * shapes as in real scenes, plus sensor grain; at quality 90 it weighs what a 12 MP phone JPEG
 * weighs (about 4 MB). Stored sideways with EXIF orientation 6 and GPS, as phones held upright do.
 */
async function phonePhoto() {
  // sharp's types want a background even where noise replaces it.
  const noise = (width: number, height: number, sigma: number): { create: Create } => ({
    create: { width, height, channels: 3, background: "black", noise: { type: "gaussian", mean: 128, sigma } },
  })
  const octave = (width: number, height: number, sigma: number) =>
    sharp(noise(width, height, sigma)).resize(4000, 3000, { kernel: "cubic" }).png({ compressionLevel: 0 }).toBuffer()
  const layers = await Promise.all([octave(160, 120, 40), octave(640, 480, 30), octave(2000, 1500, 20)])
  return sharp(await octave(40, 30, 70))
    .composite([...layers, noise(4000, 3000, 8)].map((input) => ({ input, blend: "overlay" as const })))
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: "Xiaomi", Model: "Redmi 9A" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "20/1 56/1 3000/100" } })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

export const photoPipeline: Measurement = {
  name: "photo-pipeline",
  stack: "none",
  async run(ctx) {
    const input = await phonePhoto()
    const meta = await sharp(input).metadata()
    const warm = await processPhoto(input)
    ctx.log(`photo: ${meta.width}×${meta.height} JPEG, ${(input.length / 1024 / 1024).toFixed(1)} MB → ${warm.variants.map((v) => `${v.width}×${v.height}`).join(", ")}`)
    const times: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const cpuBefore = process.cpuUsage()
      const started = performance.now()
      await processPhoto(input)
      times.push(performance.now() - started)
      const used = process.cpuUsage(cpuBefore)
      cpu.push((used.user + used.system) / 1000)
    }
    times.sort((a, b) => a - b)
    cpu.sort((a, b) => a - b)
    const name = "12 MP JPEG → WebP variants"
    const note = `${RUNS} runs, CPU time p50 ${Math.round(percentile(cpu, 50))} ms`
    return [
      { name, metric: "p50", value: Math.round(percentile(times, 50)), unit: "ms" },
      { name, metric: "p95", value: Math.round(percentile(times, 95)), unit: "ms", budget: BUDGETS.photoMs, note },
    ]
  },
}
