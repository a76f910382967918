import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Batch } from "./models/batch"

export default class TraceabilityModuleService extends MedusaService({ Batch }) {
  /**
   * Counts one scan of a live batch and answers its id and new count, or null for no such code.
   * One `UPDATE … SET scan_count = scan_count + 1 RETURNING`: a read-then-write through
   * updateBatches would lose counts when several phones scan the same label at once.
   */
  @InjectManager()
  async recordScan(code: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<{ id: string; scan_count: number } | null> {
    const rows: { id: string; scan_count: number }[] = await sharedContext.manager!.getKnex()("batch")
      .where({ code })
      .whereNull("deleted_at")
      .increment("scan_count", 1)
      .returning(["id", "scan_count"])
    return rows[0] ?? null
  }
}
