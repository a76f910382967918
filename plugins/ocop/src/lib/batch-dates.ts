import { MedusaError } from "@medusajs/framework/utils"
import { bilingual } from "@nongsan/farmer-household/lib/validation"

/**
 * Harvest and packing dates are calendar days ("2025-06-10"), the way a farmer says them. They
 * are stored as midnight UTC of that day, so the day reads the same in every time zone that
 * formats it back with dayOf.
 */
export const dateOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`)

/** The calendar day a stored date stands for, or null. */
export const dayOf = (date: Date | string | null | undefined) => (date ? new Date(date).toISOString().slice(0, 10) : null)

/** Refuses a batch packed before it was harvested. */
export function assertPackedAfterHarvest(harvest: Date | string, packing: Date | string | null | undefined) {
  if (packing && new Date(packing) < new Date(harvest)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      bilingual("Ngày đóng gói không thể trước ngày thu hoạch", "The packing date cannot be before the harvest date")
    )
  }
}
