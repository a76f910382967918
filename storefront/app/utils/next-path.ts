/** The ?next= a sign-in page returns to: only a path on this site, never an open redirect. */
export function safeNextPath(next: unknown, fallback: string): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : fallback
}
