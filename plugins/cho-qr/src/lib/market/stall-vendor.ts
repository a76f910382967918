import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../../modules/market"

type Scope = { resolve: <T = unknown>(key: string) => T }

/** The link between a stall and its vendor as Medusa's Link tool takes it. */
export const sellerStallLinkKeys = (stallId: string, sellerId: string) => ({
  [MARKET_MODULE]: { stall_id: stallId },
  seller: { seller_id: sellerId },
})

/** The seller whose member signs in with this phone (+84…), if one has registered. */
export async function sellerIdByPhone(scope: Scope, phone: string): Promise<string | null> {
  const query = scope.resolve<{ graph: (q: object) => Promise<{ data: Array<{ seller?: { id: string } }> }> }>(ContainerRegistrationKeys.QUERY)
  const { data: [member] } = await query.graph({ entity: "seller_member", fields: ["id", "seller.id"], filters: { phone } })
  return member?.seller?.id ?? null
}
