/**
 * Scans are stored under the uploading seller's folder (`ocop-scans/<seller id>/<uuid>.pdf`),
 * never under the file's own name: a certificate can only use a scan its own seller uploaded.
 */
export const scanFolder = (sellerId: string) => `ocop-scans/${sellerId}/`

export const SCAN_MIME_BY_EXTENSION: Record<string, string> = { pdf: "application/pdf", webp: "image/webp" }
