import type { Column, Dataset, Row } from "./dataset"
import { suppressedRows } from "./suppression"

const province: Column = { name: "province", type: "string", vi: "Tỉnh, thành phố (đơn vị hành chính từ 1/7/2025); rỗng nếu không rõ", en: "Province (administrative units since 1 July 2025); empty when unknown", nullable: true }
const month: Column = { name: "month", type: "string", vi: "Tháng (yyyy-mm, giờ Việt Nam)", en: "Month (yyyy-mm, Vietnam time)" }

/** Rows with the given columns blanked (null) where `hidden` holds the row. */
const blank = <R extends Row>(rows: R[], hidden: Set<R>, columns: string[]): Row[] =>
  rows.map((r) => (hidden.has(r) ? { ...r, ...Object.fromEntries(columns.map((c) => [c, null])) } : r))

export const sellersDataset: Dataset = {
  id: "sellers",
  title: { vi: "Người bán theo loại hình và tỉnh", en: "Sellers by type and province" },
  description: {
    vi: "Số hộ sản xuất, hợp tác xã và doanh nghiệp đã được duyệt bán trên sàn.",
    en: "Farm households, cooperatives and enterprises approved to sell on the marketplace.",
  },
  columns: [
    province,
    { name: "seller_type", type: "string", vi: "Loại hình: household (hộ sản xuất), cooperative (HTX), enterprise (doanh nghiệp)", en: "Type: household, cooperative, enterprise" },
    { name: "sellers", type: "integer", vi: "Số người bán", en: "Number of sellers", suppressible: true },
  ],
  rows: (f) => blank(f.sellers, suppressedRows(f.sellers, { count: (r) => r.sellers }), ["sellers"]),
}

export const productsDataset: Dataset = {
  id: "products",
  title: { vi: "Sản phẩm và sản phẩm OCOP đang bán theo tỉnh", en: "Products and OCOP products online by province" },
  description: {
    vi: "Sản phẩm đang bán của người bán đã duyệt, theo tỉnh của người bán; sản phẩm OCOP là sản phẩm có giấy chứng nhận đã xác minh, còn hạn, tính theo số sao cao nhất. Các sản phẩm này vốn công khai trên sàn nên không ẩn số nhỏ.",
    en: "Published products of approved sellers, by the seller's province; an OCOP product holds a verified, unexpired certificate, counted at its highest stars. These listings are public on the shop, so small counts are not suppressed.",
  },
  columns: [
    province,
    { name: "products_online", type: "integer", vi: "Sản phẩm đang bán", en: "Products online" },
    { name: "ocop_products_online", type: "integer", vi: "Sản phẩm OCOP đang bán", en: "OCOP products online" },
    { name: "ocop_3_stars", type: "integer", vi: "Trong đó 3 sao", en: "Of which 3 stars" },
    { name: "ocop_4_stars", type: "integer", vi: "Trong đó 4 sao", en: "Of which 4 stars" },
    { name: "ocop_5_stars", type: "integer", vi: "Trong đó 5 sao", en: "Of which 5 stars" },
    { name: "year", type: "integer", vi: "Năm của số sản phẩm được chứng nhận", en: "Year of the certified count" },
    { name: "ocop_certified", type: "integer", vi: "Số sản phẩm được chứng nhận OCOP trong tỉnh (do đơn vị vận hành nhập); rỗng nếu chưa nhập", en: "OCOP-certified products in the province (entered by the operator); empty when not entered", nullable: true },
    { name: "ocop_listed_share", type: "number", vi: "Tỷ lệ sản phẩm OCOP đang bán trên số được chứng nhận (0–1); rỗng nếu chưa nhập", en: "OCOP products online per certified product (0–1); empty when not entered", nullable: true },
  ],
  rows: (f) => f.products,
}

export const ordersDataset: Dataset = {
  id: "orders",
  title: { vi: "Đơn hàng và doanh số theo tỉnh đi, tỉnh đến và tháng", en: "Orders and sales by province of origin and destination, by month" },
  description: {
    vi: "Đơn của từng người bán (một giỏ hàng nhiều nhà vườn là nhiều đơn), trừ đơn đã hủy, 12 tháng gần nhất. origin: tỉnh của người bán; destination: tỉnh giao hàng. Doanh số là tiền hàng (không gồm phí giao), đồng.",
    en: "Seller orders (a cart from several farms makes several), cancelled ones excluded, the last 12 months. origin: the seller's province; destination: the delivery province. Sales are the goods' value (shipping excluded), integer VND.",
  },
  columns: [
    month,
    { name: "side", type: "string", vi: "origin (tỉnh đi) hoặc destination (tỉnh đến)", en: "origin or destination" },
    province,
    { name: "orders", type: "integer", vi: "Số đơn", en: "Orders", suppressible: true },
    { name: "sales_vnd", type: "integer", vi: "Doanh số (đồng)", en: "Sales (VND)", suppressible: true },
  ],
  rows: (f) =>
    blank(
      f.orders,
      // A month's total is the same by origin and by destination, so each side is a group.
      suppressedRows(f.orders, { count: (r) => r.orders, group: (r) => `${r.month} ${r.side}`, fallback: (r) => r.month }),
      ["orders", "sales_vnd"],
    ),
}

export const marketsDataset: Dataset = {
  id: "markets",
  title: { vi: "Chợ 4.0: quầy có QR và thanh toán không tiền mặt theo tháng", en: "Chợ 4.0 markets: stalls with QR and cashless payments by month" },
  description: {
    vi: "Mỗi quầy có tài khoản ngân hàng nên có mã VietQR từ ngày tạo. Tỷ lệ không tiền mặt ở đây là số quầy nhận ít nhất một khoản thanh toán QR trong tháng trên tổng số quầy (sàn không biết tổng doanh thu tiền mặt của chợ). Số tiền là các khoản thanh toán QR đã ghi sổ, đồng.",
    en: "Every stall has a bank account, hence a VietQR code, from the day it is created. The cashless share here is the stalls that took at least one QR payment in the month over all stalls (the marketplace does not know a market's cash trade). Amounts are the QR payments booked, integer VND.",
  },
  columns: [
    month,
    { name: "market", type: "string", vi: "Tên chợ", en: "Market" },
    { name: "commune", type: "string", vi: "Xã, phường", en: "Commune or ward" },
    { ...province, nullable: false, vi: "Tỉnh, thành phố", en: "Province" },
    { name: "stalls", type: "integer", vi: "Số quầy", en: "Stalls" },
    { name: "stalls_with_qr", type: "integer", vi: "Số quầy có mã QR", en: "Stalls with a QR code" },
    { name: "stalls_paid", type: "integer", vi: "Số quầy nhận thanh toán QR trong tháng", en: "Stalls that took a QR payment in the month" },
    { name: "stalls_paid_share", type: "number", vi: "Tỷ lệ quầy nhận thanh toán QR (0–1)", en: "Share of stalls taking QR payments (0–1)", nullable: true },
    { name: "payments", type: "integer", vi: "Số khoản thanh toán QR", en: "QR payments", suppressible: true },
    { name: "cashless_vnd", type: "integer", vi: "Tiền thanh toán QR (đồng)", en: "QR payments (VND)", suppressible: true },
  ],
  // Fewer than 5 stalls paid: the amounts would be one vendor's takings.
  rows: (f) => blank(f.markets, suppressedRows(f.markets, { count: (r) => r.stalls_paid }), ["payments", "cashless_vnd"]),
}

export const DATASETS: Dataset[] = [sellersDataset, productsDataset, ordersDataset, marketsDataset]
export const findDataset = (id: string) => DATASETS.find((d) => d.id === id)
