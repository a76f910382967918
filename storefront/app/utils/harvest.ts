import type { ProductHarvest } from "~/types/harvest"

/** "2027-06-10" → "10/6", how a ship date or season start is written in the shop. */
export function shortDayMonth(day: string | null | undefined): string {
  const m = day?.match(/^\d{4}-(\d{2})-(\d{2})$/)
  return m ? `${Number(m[2])}/${Number(m[1])}` : ""
}

/**
 * What the shop says about a product's season, as an i18n key and its date: a pre-order and
 * when it ships, or out of season and when the next one starts (never "out of stock"). In
 * season and all year: nothing. A pre-order line of a cart or an order passes its ship date.
 */
export function harvestNotice(
  harvest: Pick<ProductHarvest, "state" | "ships_from" | "next_season_from"> | null | undefined
): { key: "harvest.preorder" | "harvest.outOfSeason"; date: string } | null {
  if (harvest?.state === "preorder" && harvest.ships_from) return { key: "harvest.preorder", date: shortDayMonth(harvest.ships_from) }
  if (harvest?.state === "out_of_season" && harvest.next_season_from) {
    return { key: "harvest.outOfSeason", date: shortDayMonth(harvest.next_season_from) }
  }
  return null
}
