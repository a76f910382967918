/** base, or base-2, base-3 … whichever is not taken yet. */
export function firstFreeHandle(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  let handle = base
  for (let n = 2; used.has(handle); n++) handle = `${base}-${n}`
  return handle
}
