import { changeStatusRoute } from "../../../../utils/change-status-route"

/** Verifies a submitted certificate: its products show the badge from now on. */
export const POST = changeStatusRoute("verify")
