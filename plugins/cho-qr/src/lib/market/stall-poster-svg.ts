import { POSTER, stallPoster, type PosterStall } from "./stall-poster"
import { paymentQrSvg } from "./stall-qr"

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The stall's poster as SVG (148 × 210 mm): for screens and for printers that take SVG. */
export async function stallPosterSvg(stall: PosterStall): Promise<string> {
  const { payload, lines } = stallPoster(stall)
  const qr = Buffer.from(await paymentQrSvg(payload)).toString("base64")
  const { width, height, border, qr: box } = POSTER
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}mm" height="${height}mm" font-family="Be Vietnam Pro, Roboto, Arial, sans-serif" fill="${POSTER.ink}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/><rect x="${border.inset}" y="${border.inset}" width="${width - 2 * border.inset}" height="${height - 2 * border.inset}" rx="${border.radius}" fill="none" stroke="${POSTER.accent}" stroke-width="1.5"/>`,
    ...lines.map((l) => `<text x="${width / 2}" y="${l.y}" font-size="${l.size}" font-weight="${l.bold ? "bold" : "normal"}" text-anchor="middle">${escape(l.text)}</text>`),
    `<image x="${box.x}" y="${box.y}" width="${box.size}" height="${box.size}" href="data:image/svg+xml;base64,${qr}"/>`,
    `</svg>`,
  ].join("")
}
