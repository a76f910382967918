// Shapes of GET /store/harvest (plugins/farmer-household/src/api/store/harvest/route.ts).

export type HarvestState = "in_season" | "preorder" | "out_of_season" | "year_round"

export type HarvestWindow = { label: string; from: string; to: string }

/** A product's season now: dates are days in Việt Nam, "YYYY-MM-DD". */
export type ProductHarvest = {
  state: HarvestState
  windows: HarvestWindow[]
  ships_from: string | null
  next_season_from: string | null
  preorder_remaining: number | null
}
