// The photo budget of DESIGN.md: a 12 MP phone JPEG to all its WebP variants in ≤ 400 ms on the
// 2-core machine. Measures processPhoto as the backend runs it, from the built plugin
// (`npm install` builds it; after changing it, `npm run build:plugins`).
//   node infra/bench/photo-pipeline.ts [runs]
import { availableParallelism, loadavg } from "node:os"
import sharp, { type Create } from "sharp"
import { processPhoto } from "@nongsan/farmer-household/lib/photos/process-photo"

const BUDGET_MS = 400
const runs = Number(process.argv[2] ?? 20)

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

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const input = await phonePhoto()
const meta = await sharp(input).metadata()
console.log(
  `input: ${meta.width}×${meta.height} JPEG, ${(input.length / 1024 / 1024).toFixed(1)} MB, orientation ${meta.orientation}; ` +
    `${availableParallelism()} CPUs, sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}`
)

const warm = await processPhoto(input)
console.log(`variants: ${warm.variants.map((v) => `${v.width}×${v.height} ${Math.round(v.size / 1024)} KB`).join(", ")}`)

// CPU time (all threads of this process) beside wall time: on a shared machine the wall time
// also measures the neighbours, the CPU time only our work.
const times: number[] = []
const cpu: number[] = []
for (let i = 0; i < runs; i++) {
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  await processPhoto(input)
  times.push(performance.now() - started)
  const used = process.cpuUsage(cpuBefore)
  cpu.push((used.user + used.system) / 1000)
}
times.sort((a, b) => a - b)
cpu.sort((a, b) => a - b)
const [p50, p95] = [percentile(times, 50), percentile(times, 95)]
console.log(
  `processPhoto × ${runs}: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms` +
    ` (CPU time p50 ${percentile(cpu, 50).toFixed(0)} ms; load average ${loadavg()[0].toFixed(1)})`
)
console.log(`budget ${BUDGET_MS} ms: p95 ${p95 <= BUDGET_MS ? "within" : "OVER"} budget`)
