import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { seasonAt, vietnamDay, type HarvestWindow as Window, type PreorderOffer, type Season } from "../../lib/harvest-season"
import { HarvestPlan } from "./models/harvest-plan"
import { HarvestPreorder } from "./models/harvest-preorder"
import { HarvestWindow } from "./models/harvest-window"

/** A product's harvest plan as the API and the season function read it. */
export type ProductHarvest = { product_id: string; plan_id: string | null; windows: Window[]; preorder: PreorderOffer }

/** A product's harvest plan with its season at some instant. */
export type ProductSeason = ProductHarvest & { season: Season }

/** What a seller sets: the windows (replacing all), the pre-order offer, or both. */
export type HarvestPlanInput = { windows?: Window[] | null; preorder?: PreorderOffer | null }

export default class HarvestModuleService extends MedusaService({ HarvestPlan, HarvestWindow, HarvestPreorder }) {
  /** The plans of these products; products without one are sold all year (no windows). */
  async harvestOf(productIds: string[]): Promise<Map<string, ProductHarvest>> {
    const plans = productIds.length
      ? await this.listHarvestPlans({ product_id: productIds }, { relations: ["windows"], take: null })
      : []
    const byProduct = new Map<string, ProductHarvest>(
      productIds.map((product_id) => [product_id, { product_id, plan_id: null, windows: [], preorder: { enabled: false, cap: null } }])
    )
    for (const plan of plans) {
      byProduct.set(plan.product_id, {
        product_id: plan.product_id,
        plan_id: plan.id,
        windows: [...plan.windows]
          .sort((a, b) => a.rank - b.rank)
          .map((w) => ({ label: w.label, from: w.start_day, to: w.end_day })),
        preorder: { enabled: plan.preorder_enabled, cap: plan.preorder_cap ?? null },
      })
    }
    return byProduct
  }

  /** Items pre-ordered per plan, by season, for the seasons not yet begun at `at`. */
  async preorderedBySeason(planIds: string[], at: Date): Promise<Map<string, Record<string, number>>> {
    const rows = planIds.length
      ? await this.listHarvestPreorders(
          { plan_id: planIds, ships_from: { $gt: vietnamDay(at) } },
          { select: ["plan_id", "ships_from", "quantity"], take: null }
        )
      : []
    const counts = new Map<string, Record<string, number>>()
    for (const r of rows) {
      const seasons = counts.get(r.plan_id) ?? {}
      seasons[r.ships_from] = (seasons[r.ships_from] ?? 0) + r.quantity
      counts.set(r.plan_id, seasons)
    }
    return counts
  }

  /** Each product's harvest plan and its season at `at`. */
  async seasonsOf(productIds: string[], at: Date): Promise<Map<string, ProductSeason>> {
    const harvest = await this.harvestOf(productIds)
    const planIds = [...harvest.values()].flatMap((h) => (h.plan_id ? [h.plan_id] : []))
    const counts = await this.preorderedBySeason(planIds, at)
    return new Map(
      [...harvest].map(([id, h]) => [id, { ...h, season: seasonAt(h, (h.plan_id && counts.get(h.plan_id)) || {}, at) }])
    )
  }

  /**
   * Sets a product's windows and/or pre-order offer, creating its plan on first use. Answers the
   * plan as it was before (null if there was none), so a workflow can put it back.
   */
  @InjectTransactionManager()
  async setPlan(
    productId: string,
    input: HarvestPlanInput,
    @MedusaContext() ctx: Context = {}
  ): Promise<HarvestPlanInput | null> {
    const [plan] = await this.listHarvestPlans({ product_id: productId }, { relations: ["windows"] }, ctx)
    const before = plan
      ? {
          windows: [...plan.windows].sort((a, b) => a.rank - b.rank).map((w) => ({ label: w.label, from: w.start_day, to: w.end_day })),
          preorder: { enabled: plan.preorder_enabled, cap: plan.preorder_cap ?? null },
        }
      : null
    const offer = input.preorder === undefined ? undefined : (input.preorder ?? { enabled: false, cap: null })
    // Sold all year and no pre-orders: a product needs no plan until it gets a window or an offer.
    if (!plan && !input.windows?.length && !offer?.enabled) return null
    const planId = plan
      ? plan.id
      : (await this.createHarvestPlans({ product_id: productId, preorder_enabled: offer?.enabled ?? false, preorder_cap: offer?.cap ?? null }, ctx)).id
    if (plan && offer) await this.updateHarvestPlans({ id: plan.id, preorder_enabled: offer.enabled, preorder_cap: offer.cap ?? null }, ctx)
    if (input.windows !== undefined) {
      if (plan?.windows.length) await this.deleteHarvestWindows(plan.windows.map((w) => w.id), ctx)
      const windows = (input.windows ?? []).map((w, rank) => ({ plan_id: planId, label: w.label, start_day: w.from, end_day: w.to, rank }))
      if (windows.length) await this.createHarvestWindows(windows, ctx)
    }
    return before
  }
}
