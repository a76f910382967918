import type { FormEvent } from "react"

/** The admin API with the operator's session cookie; a failure throws the API's bilingual message. */
export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, { credentials: "include", headers: { "content-type": "application/json" }, ...init })
  const body = await res.json()
  if (!res.ok) throw new Error(body.message ?? "Không thực hiện được / Failed")
  return body
}

/** The fields of a form as an object, blanks left out (the API takes them as absent). */
export const formFields = (e: FormEvent<HTMLFormElement>) =>
  Object.fromEntries([...new FormData(e.currentTarget).entries()].filter(([, v]) => String(v).trim() !== ""))

export const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND", maximumFractionDigits: 0 })
