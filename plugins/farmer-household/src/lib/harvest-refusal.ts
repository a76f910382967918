import { dayMonth, type Season } from "./harvest-season"

/**
 * Why `quantity` items of a product (all its lines in one cart) cannot be ordered in this
 * season, Vietnamese / English; null when they can. In season and year-round, stock decides.
 */
export function harvestRefusal(title: string, season: Season, quantity: number): string | null {
  const next = season.next_season_from ? dayMonth(season.next_season_from) : ""
  if (season.state === "out_of_season" && season.preorder_remaining === 0) {
    return `Sản phẩm «${title}» đã nhận đủ đặt trước mùa này — mùa sau từ ${next} / «${title}» has no pre-orders left this season — next season from ${next}`
  }
  if (season.state === "out_of_season") {
    return `Sản phẩm «${title}» đang hết mùa — mùa sau từ ${next} / «${title}» is out of season — next season from ${next}`
  }
  if (season.state === "preorder" && quantity > season.preorder_remaining!) {
    const n = season.preorder_remaining
    return `Sản phẩm «${title}» chỉ còn nhận đặt trước ${n} — giao từ ${dayMonth(season.ships_from!)} / Only ${n} of «${title}» can still be pre-ordered — ships from ${dayMonth(season.ships_from!)}`
  }
  return null
}
