import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except for a URL with a broken percent-escape (/open-data/v1/%E0.json):
 * Express 4 marks that URIError 400 but not as an http-error, so Medusa answered it with a 500.
 * It is the client's mistake: a bilingual 400.
 */
export const nongsanErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (error instanceof URIError && (error as URIError & { status?: number }).status === 400) {
    res.status(400).json({ type: "invalid_data", message: "Đường dẫn có ký tự mã hóa sai / The URL has a malformed percent-escape" })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
