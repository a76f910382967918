import QRCode from "qrcode"

// Medium error correction survives a smudged or creased label while keeping modules large
// enough for a cheap phone camera at a URL's length.
const options = { errorCorrectionLevel: "M" as const, margin: 2 }

/** The QR code of a text (a public page's URL) as an SVG document. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...options, type: "svg" })
}

/** The QR code of a text as a PNG, `width` pixels wide (sized for printing by default). */
export function qrPng(text: string, width = 600): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...options, type: "png", width })
}
