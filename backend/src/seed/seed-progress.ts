type Logger = { info: (message: string) => void }

/**
 * The seed's progress: one line per step ("[seed 7/14] products: 144 added, 6 already there"),
 * and at the end whether the run added anything, so that a second run says plainly that it
 * changed nothing.
 */
export function seedProgress(logger: Logger, steps: number) {
  let current = 0
  let added = 0
  let started = Date.now()
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1)
  return {
    /** Announces the next step. */
    step(what: string) {
      current += 1
      started = Date.now()
      logger.info(`[seed ${current}/${steps}] ${what}`)
    },
    /** What the step did: how many records it added and how many it found already there. */
    done(what: string, counts: { added: number; existing: number }) {
      added += counts.added
      logger.info(`[seed ${current}/${steps}] ${what}: ${counts.added} added, ${counts.existing} already there (${seconds()} s)`)
    },
    /** A line inside a long step, e.g. "  photos 40/150". */
    detail(line: string) {
      logger.info(`  ${line}`)
    },
    /** Says whether the run added anything; returns how many records it added. */
    finish(): number {
      logger.info(added ? `[seed] done: ${added} records added` : "[seed] done: nothing to add, the demo data was already complete")
      return added
    },
  }
}

export type SeedProgress = ReturnType<typeof seedProgress>
