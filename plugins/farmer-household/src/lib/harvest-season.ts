/**
 * A product's harvest season at an instant: whether it is picked now, can be pre-ordered for the
 * next harvest, or waits for next year. Pure: the instant and the pre-orders already taken are
 * passed in, so the shop, the cart rules and the tests all compute the same answer.
 *
 * Harvest windows are month-days ("MM-DD") that recur every year and may wrap the new year
 * (11-15 → 02-10). Days are days in Việt Nam (GMT+7, no daylight saving), computed from the
 * instant itself, never from the process time zone.
 */

/** A recurring harvest window, both ends included: "Vụ chính" 06-10 → 07-20. */
export type HarvestWindow = { label: string; from: string; to: string }

/** The pre-order offer of a product: off, or on with a cap of items per season. */
export type PreorderOffer = { enabled: boolean; cap: number | null }

export type SeasonState = "in_season" | "preorder" | "out_of_season" | "year_round"

export type Season = {
  state: SeasonState
  /** When a pre-order ships: the next window's first day, "YYYY-MM-DD"; only for `preorder`. */
  ships_from: string | null
  /** The next window's first day outside the season (`preorder` and `out_of_season`). */
  next_season_from: string | null
  /** Items still open to pre-order this season (0 when the cap is reached); null when pre-orders are off or not needed. */
  preorder_remaining: number | null
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The calendar day in Việt Nam at an instant, "YYYY-MM-DD". */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whether a month-day falls inside a window, including windows that wrap the new year. */
export function inWindow(monthDay: string, w: Pick<HarvestWindow, "from" | "to">): boolean {
  return w.from <= w.to ? w.from <= monthDay && monthDay <= w.to : monthDay >= w.from || monthDay <= w.to
}

/**
 * The first day of the next window that starts after `day` ("YYYY-MM-DD"). 29 February is not a
 * valid window day (the seller API refuses it), so every start exists every year.
 */
export function nextWindowStart(windows: Pick<HarvestWindow, "from">[], day: string): string | null {
  const year = Number(day.slice(0, 4))
  const monthDay = day.slice(5)
  const starts = windows.map((w) => `${w.from > monthDay ? year : year + 1}-${w.from}`)
  return starts.length ? starts.sort()[0]! : null
}

/**
 * The season of a product at `at`. `preordered` holds the items already pre-ordered, by the
 * season they ship in (its `ships_from` day), so the cap counts per season.
 */
export function seasonAt(
  plan: { windows: Pick<HarvestWindow, "from" | "to">[]; preorder: PreorderOffer },
  preordered: Record<string, number>,
  at: Date
): Season {
  if (!plan.windows.length) return { state: "year_round", ships_from: null, next_season_from: null, preorder_remaining: null }
  const day = vietnamDay(at)
  if (plan.windows.some((w) => inWindow(day.slice(5), w))) {
    return { state: "in_season", ships_from: null, next_season_from: null, preorder_remaining: null }
  }
  const next = nextWindowStart(plan.windows, day)!
  if (!plan.preorder.enabled) return { state: "out_of_season", ships_from: null, next_season_from: next, preorder_remaining: null }
  const remaining = Math.max(0, (plan.preorder.cap ?? 0) - (preordered[next] ?? 0))
  return remaining > 0
    ? { state: "preorder", ships_from: next, next_season_from: next, preorder_remaining: remaining }
    : { state: "out_of_season", ships_from: null, next_season_from: next, preorder_remaining: 0 }
}

/**
 * Whether the product takes orders beyond its stock now: outside its windows with pre-orders
 * on. The variants' `allow_backorder` follows this (see sync-preorder-backorders).
 */
export function sellsAhead(plan: { windows: Pick<HarvestWindow, "from" | "to">[]; preorder: PreorderOffer }, at: Date): boolean {
  const day = vietnamDay(at).slice(5)
  return plan.preorder.enabled && plan.windows.length > 0 && !plan.windows.some((w) => inWindow(day, w))
}

/** "2027-06-10" → "10/6", how the shop and the messages write a ship date. */
export function dayMonth(day: string): string {
  return `${Number(day.slice(8, 10))}/${Number(day.slice(5, 7))}`
}
