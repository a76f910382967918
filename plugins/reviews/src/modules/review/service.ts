import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Review } from "./models/review"

export type ReviewScope = { product_id: string } | { seller_id: string }

export default class ReviewModuleService extends MedusaService({ Review }) {
  /**
   * A product's or a seller's visible reviews summed up: their count and average rating to one
   * decimal (4.666… → 4.7; null before the first). One aggregate in Postgres: the store shows it
   * on every product and farm page, and loading every rating to add them up grows with the farm.
   */
  @InjectManager()
  async summarizeRatings(scope: ReviewScope, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<{ average: number | null; count: number }> {
    const [row] = await sharedContext.manager!.getKnex()("review")
      .where(scope)
      .whereNull("hidden_at")
      .whereNull("deleted_at")
      .select(sharedContext.manager!.getKnex().raw("count(*)::int as count, round(avg(rating), 1)::float8 as average"))
    return { average: row?.average ?? null, count: row?.count ?? 0 }
  }
}
