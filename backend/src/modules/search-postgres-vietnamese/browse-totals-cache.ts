/** The count and the facet rows (as searchSql returns them) of one search. */
export type SearchTotals = { count: number | null; facets: unknown[] }

/**
 * Totals (the count and the facet counts) of searches without words, kept for a short while.
 *
 * Why: a category or province page at 100k products matches tens of thousands of rows. Its 24
 * cards are an ordered, limited index scan of a few milliseconds, but its count and facets read
 * every match (~200 ms). Those totals depend on the filters only, not on the page, and change
 * only when the index does: every page of a category, and every buyer on it, shares them.
 *
 * This process forgets all totals whenever it writes to an index (`forget`); a write by another
 * process (the worker that keeps the index in sync) shows in the totals after `ttlMs` at most.
 * Hits are never kept: a suspended seller's products leave the results at once, only the count
 * beside them may lag. A search that started before a write does not store what it counted.
 */
export class BrowseTotalsCache {
  private readonly entries = new Map<string, { expires: number; totals: SearchTotals }>()
  private generation = 0

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 2_000
  ) {}

  get(key: string, now = Date.now()): SearchTotals | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expires > now) return entry.totals
    this.entries.delete(key)
    return undefined
  }

  /** A ticket to `set` with: a write between the two makes the set a no-op. */
  ticket(): number {
    return this.generation
  }

  set(key: string, totals: SearchTotals, ticket: number, now = Date.now()): void {
    if (ticket !== this.generation) return
    // Maps keep insertion order: the oldest entry goes first.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, { expires: now + this.ttlMs, totals })
  }

  forget(): void {
    this.generation++
    this.entries.clear()
  }
}
