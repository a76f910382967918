import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { refuseInVietnamese } from "./vietnamese-refusals"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, answering refusals in Vietnamese first (see vietnamese-refusals.ts):
 * errors thrown before any route middleware runs, such as the body parser's, come only here.
 * Medusa's handler still decides status, logging and the zod-issue format.
 *
 * Also: a URL with a broken percent-escape (/open-data/v1/%E0.json) is a URIError that Express 4
 * marks 400 but not as an http-error, so Medusa answered it with a 500.
 */
export const nongsanErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (error instanceof URIError && (error as URIError & { status?: number }).status === 400) {
    res.status(400).json({ type: "invalid_data", message: "Đường dẫn có ký tự mã hóa sai / The URL has a malformed percent-escape" })
    return
  }
  refuseInVietnamese(res, error)
  return medusaErrorHandler(error, req, res, next)
}
