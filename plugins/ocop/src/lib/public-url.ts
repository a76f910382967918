/**
 * Public pages live on the storefront; QR codes and links point there. STOREFRONT_URL is the same
 * setting medusa-config uses for the storefront's CORS origin.
 */
export function storefrontUrl(path: string): string {
  const base = (process.env.STOREFRONT_URL || "http://localhost:3000").replace(/\/+$/, "")
  return `${base}${path.startsWith("/") ? path : `/${path}`}`
}

export const certificatePagePath = (code: string) => `/ocop/chung-nhan/${code}`
export const tracePagePath = (code: string) => `/truy-xuat/${code}`
