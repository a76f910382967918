import { paymentQrSvg, staticStallPayload } from "./stall-qr"

type PosterStall = { number: string; name: string; goods?: string | null; bank_bin: string; account_number: string; account_holder: string; market: { name: string; commune: string; province: string } }

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * An A5-proportioned poster (148 × 210 units, print at A5 or larger) in Vietnamese: the market,
 * the stall's number and name, its static QR, and the account for those who type it in.
 */
export async function stallPosterSvg(stall: PosterStall): Promise<string> {
  const qr = Buffer.from(await paymentQrSvg(staticStallPayload(stall))).toString("base64")
  const line = (y: number, size: number, text: string, weight = "normal") =>
    `<text x="74" y="${y}" font-size="${size}" font-weight="${weight}" text-anchor="middle">${escape(text)}</text>`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 148 210" width="148mm" height="210mm" font-family="Be Vietnam Pro, Roboto, Arial, sans-serif" fill="#1b3a1b">`,
    `<rect width="148" height="210" fill="#fff"/><rect x="4" y="4" width="140" height="202" rx="6" fill="none" stroke="#2e7d32" stroke-width="1.5"/>`,
    line(18, 7, stall.market.name, "bold"),
    line(26, 4.5, `${stall.market.commune}, ${stall.market.province}`),
    line(42, 12, `Quầy ${stall.number}`, "bold"),
    line(52, 7, stall.name),
    ...(stall.goods ? [line(60, 4.5, stall.goods)] : []),
    `<image x="29" y="64" width="90" height="90" href="data:image/svg+xml;base64,${qr}"/>`,
    line(164, 6, "Quét mã để thanh toán", "bold"),
    line(172, 4.5, "VietQR · mọi ứng dụng ngân hàng"),
    line(184, 5, `Chủ tài khoản: ${stall.account_holder}`),
    line(192, 5, `Số tài khoản: ${stall.account_number} · BIN ${stall.bank_bin}`),
    line(202, 3.5, "Chợ 4.0 · không dùng tiền mặt"),
    `</svg>`,
  ].join("")
}
