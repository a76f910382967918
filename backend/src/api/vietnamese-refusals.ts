import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OUT_OF_STOCK_VI } from "@nongsan/farmer-household/lib/validation"
import { VIETNAMESE_LETTER } from "../lib/vietnamese-letters"

/** What a refusal means, by status, for the English-only messages of Medusa and Express. */
const VIETNAMESE_BY_STATUS: Record<number, string> = {
  400: "Yêu cầu không hợp lệ",
  401: "Chưa đăng nhập, hoặc thông tin đăng nhập không đúng",
  403: "Bạn không có quyền làm việc này",
  404: "Không tìm thấy",
  409: "Yêu cầu trùng với một yêu cầu khác; hãy thử lại",
  413: "Dữ liệu gửi lên quá lớn",
  415: "Kiểu dữ liệu gửi lên không được hỗ trợ",
  422: "Không thực hiện được yêu cầu",
  429: "Quá nhiều yêu cầu; hãy thử lại sau ít phút",
}

/** Medusa's error codes that say more than the status, in the words a buyer looks for. */
const VIETNAMESE_BY_CODE: Record<string, string> = {
  insufficient_inventory: OUT_OF_STOCK_VI,
}

/** Body-parser's JSON syntax errors quote the parser ("Unexpected token…"): the buyer needs less. */
const MALFORMED_JSON = "Nội dung gửi lên không phải JSON hợp lệ / The request body is not valid JSON"

/**
 * Makes this response's refusal (4xx), if it sends one, speak Vietnamese first with the English
 * beside it, as our own validators do. Medusa's core routes, its authenticate middleware and
 * Express's body parser answer in English only: their message is kept after a Vietnamese sentence
 * chosen by status. Wrapping `res.json` (rather than rewriting each producer) is the one place
 * every one of them passes through.
 */
export function refuseInVietnamese(res: MedusaResponse, error?: unknown) {
  const json = res.json.bind(res)
  res.json = (body?: unknown) => json(inVietnamese(res.statusCode, body, error))
}

/** For every route: Medusa's own 401s and 404s included. */
export function vietnameseRefusals(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  refuseInVietnamese(res)
  next()
}

function inVietnamese(status: number, body: unknown, error: unknown): unknown {
  if (status < 400 || status >= 500 || !body || typeof body !== "object") return body
  const { message } = body as { message?: unknown }
  if (typeof message === "string" && VIETNAMESE_LETTER.test(message)) return body
  if ((error as { type?: string } | undefined)?.type === "entity.parse.failed") return { ...body, message: MALFORMED_JSON }
  const { code } = body as { code?: unknown }
  const vietnamese = VIETNAMESE_BY_CODE[String(code)] ?? VIETNAMESE_BY_STATUS[status] ?? VIETNAMESE_BY_STATUS[400]
  return { ...body, message: typeof message === "string" && message ? `${vietnamese} / ${message}` : vietnamese }
}
