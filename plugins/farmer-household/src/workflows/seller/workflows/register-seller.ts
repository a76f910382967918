import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createSellerMembersStep } from "../steps/create-seller-members"
import { createSellersWorkflow } from "./create-sellers"
import { uniqueSellerHandleStep } from "../steps/unique-seller-handle"
import type { RegisterSeller } from "../../../api/store/sellers/validators"

export const SELLER_REGISTERED = "seller.registered"

/**
 * A household signs up: a pending seller with its first member (the owner), whose auth
 * identity becomes a `seller` actor. The operator approves it before anything is sold.
 */
export const registerSellerWorkflow = createWorkflow(
  "register-seller",
  (input: { auth_identity_id: string; seller: RegisterSeller }) => {
    const handle = uniqueSellerHandleStep({ name: input.seller.name, handle: input.seller.handle })
    const sellers = createSellersWorkflow.runAsStep({
      input: transform({ input, handle }, ({ input, handle }) => ({
        sellers: [{ ...input.seller, handle, status: "pending" as const }],
      })),
    })
    const members = createSellerMembersStep(
      transform({ input, sellers }, ({ input, sellers }) => [
        {
          seller_id: sellers[0].id,
          name: input.seller.representative_name,
          phone: input.seller.phone,
          email: input.seller.email ?? null,
          role: "owner" as const,
        },
      ])
    )
    setAuthAppMetadataStep(
      transform({ input, members }, ({ input, members }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "seller",
        value: members[0].id,
      }))
    )
    const seller = transform({ sellers }, ({ sellers }) => sellers[0])
    emitEventStep({ eventName: SELLER_REGISTERED, data: { id: seller.id } })
    return new WorkflowResponse(seller)
  }
)
