import { changeStatusRoute } from "../../../../utils/change-status-route"

/** Rejects a submitted certificate with a reason the seller reads (and may resubmit after). */
export const POST = changeStatusRoute("reject")
