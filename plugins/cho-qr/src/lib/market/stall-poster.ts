import { staticStallPayload } from "./stall-qr"

export type PosterStall = { number: string; name: string; goods?: string | null; bank_bin: string; bank_name?: string | null; account_number: string; account_holder: string; market: { name: string; commune: string; province: string } }

/** One centred line of the poster: baseline y and size in mm. */
export type PosterLine = { y: number; size: number; text: string; bold?: boolean }

/** The poster's page (A5, mm), its border, and where its QR code sits. */
export const POSTER = { width: 148, height: 210, border: { inset: 4, radius: 6 }, qr: { x: 29, y: 64, size: 90 }, ink: "#1b3a1b", accent: "#2e7d32" } as const

/**
 * What an A5 stall poster says, in Vietnamese, and where: the market, the stall's number and
 * name, its static VietQR (payload) and the account for those who type it in. The SVG and the
 * PDF are two renderings of this one layout.
 */
export function stallPoster(stall: PosterStall): { payload: string; lines: PosterLine[] } {
  return {
    payload: staticStallPayload(stall),
    lines: [
      { y: 18, size: 7, text: stall.market.name, bold: true },
      { y: 26, size: 4.5, text: `${stall.market.commune}, ${stall.market.province}` },
      { y: 42, size: 12, text: `Quầy ${stall.number}`, bold: true },
      { y: 52, size: 7, text: stall.name },
      ...(stall.goods ? [{ y: 60, size: 4.5, text: stall.goods }] : []),
      { y: 164, size: 6, text: "Quét mã để thanh toán", bold: true },
      { y: 172, size: 4.5, text: "VietQR · mọi ứng dụng ngân hàng" },
      { y: 184, size: 5, text: `Chủ tài khoản: ${stall.account_holder}` },
      { y: 192, size: 5, text: `Số tài khoản: ${stall.account_number}` },
      { y: 198, size: 4, text: stall.bank_name ? `Ngân hàng: ${stall.bank_name} (BIN ${stall.bank_bin})` : `Ngân hàng: mã BIN ${stall.bank_bin}` },
      { y: 204, size: 3, text: "Chợ 4.0 · không dùng tiền mặt" },
    ],
  }
}
