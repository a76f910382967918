import PDFDocument from "pdfkit"
import QRCode from "qrcode"
import { POSTER, stallPoster, type PosterStall } from "./stall-poster"

// DejaVu Sans (npm dejavu-fonts-ttf, a free licence that allows embedding) has every Vietnamese
// letter with its tone marks; pdfkit embeds only the glyphs the poster uses.
const FONT = { regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"), bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf") }
const PT_PER_MM = 72 / 25.4

/**
 * The stall's poster as a print-ready PDF: one A5 page, text in an embedded font (the printer
 * needs none of its own), the QR code drawn as vector squares so it stays sharp at any size.
 */
export function stallPosterPdf(stall: PosterStall): Promise<Buffer> {
  const { payload, lines } = stallPoster(stall)
  const { width, height, border, qr: box } = POSTER
  const doc = new PDFDocument({ size: "A5", margin: 0, info: { Title: `Quầy ${stall.number} · ${stall.market.name}`, Subject: "VietQR" } })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  doc.scale(PT_PER_MM)
  doc.roundedRect(border.inset, border.inset, width - 2 * border.inset, height - 2 * border.inset, border.radius).lineWidth(1.5).stroke(POSTER.accent)
  doc.fillColor(POSTER.ink)
  for (const line of lines) {
    doc.font(line.bold ? FONT.bold : FONT.regular).fontSize(line.size)
    // pdfkit places text by its top; the layout gives baselines, as SVG does.
    doc.text(line.text, 0, line.y - doc.currentLineHeight() * 0.8, { width, align: "center", lineBreak: false })
  }

  // Same code and error correction as the SVG and PNG, with a two-module quiet zone.
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: "M" })
  const cell = box.size / (modules.size + 4)
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(box.x + (col + 2) * cell, box.y + (row + 2) * cell, cell, cell)
    }
  }
  doc.fill("#000")
  doc.end()
  return done
}
