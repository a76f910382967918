import { existsSync, readdirSync, statSync } from "node:fs"
import { join } from "node:path"

/** Newest modification time of path or any file below it (0 when missing). */
export function newestMtime(dir: string): number {
  if (existsSync(dir) && !statSync(dir).isDirectory()) return statSync(dir).mtimeMs
  if (!existsSync(dir)) return 0
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs
    if (mtime > newest) newest = mtime
  }
  return newest
}
