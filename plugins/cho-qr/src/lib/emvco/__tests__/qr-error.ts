import { QrError } from "../errors.ts"

/** The QrError that `fn` throws; fails the test if it returns or throws anything else. */
export function qrErrorOf(fn: () => unknown): QrError {
  try {
    fn()
  } catch (error) {
    if (error instanceof QrError) return error
    throw error
  }
  throw new Error("expected a QrError, but nothing was thrown")
}
