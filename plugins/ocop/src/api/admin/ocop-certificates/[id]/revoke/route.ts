import { changeStatusRoute } from "../../../../utils/change-status-route"

/** Revokes a verified certificate with a reason: the badge disappears at once. */
export const POST = changeStatusRoute("revoke")
